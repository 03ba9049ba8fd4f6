package io.trellis.scf.party;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.PartyKycReviewed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.party.Party;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.EventProjector;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/** Keeps {@link PartyView} in step with the party registry on the ledger. */
@ApplicationScoped
public class PartyProjector implements EventProjector {
    private static final Logger LOG = Logger.getLogger(PartyProjector.class);

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof PartyRegistered || event instanceof PartyKycReviewed;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        switch (message.event()) {
            case PartyRegistered registered -> register(registered.party(), message);
            case PartyKycReviewed reviewed -> review(reviewed, message);
            default -> throw new IllegalArgumentException("not a party event: " + message.event().getClass().getSimpleName());
        }
    }

    private void register(Party party, LedgerEventMessage message) {
        PartyView view = PartyView.findById(party.id());
        if (view != null) {
            return;
        }
        view = new PartyView();
        view.copyRegistration(party);
        view.kycStatus = party.kycStatus().name();
        view.certificateId = party.identity() == null ? null : party.identity().certificateId();
        view.registeredAt = OffsetDateTime.parse(party.registeredAt());
        view.registeredBy = party.registeredBy();
        view.stamp(message, party.version());
        view.persist();
        LOG.infof("tx=%s party=%s projected as registered", message.transactionId(), party.id());
    }

    private void review(PartyKycReviewed reviewed, LedgerEventMessage message) {
        PartyView view = PartyView.findById(reviewed.partyId());
        // A version not newer than the view's is an old event delivered late: the view already has its effect.
        if (view == null || !view.isOlderThan(reviewed.version())) {
            return;
        }
        view.kycStatus = reviewed.kycStatus().name();
        view.stamp(message, reviewed.version());
        LOG.infof("tx=%s party=%s projected as KYC %s", message.transactionId(), reviewed.partyId(), reviewed.kycStatus());
    }
}
