package io.trellis.abs.party;

import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.party.Party;
import io.trellis.desk.projection.EventProjector;
import io.trellis.desk.projection.RowProjection;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps {@link PartyView} in step with the registry: a registration is the only event that places a party at an
 * organisation (KYC reviews change nothing this service reads).
 */
@ApplicationScoped
public class PartyProjector implements EventProjector {
    private final RowProjection rows;

    PartyProjector(RowProjection rows) {
        this.rows = rows;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof PartyRegistered;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        Party party = ((PartyRegistered) message.event()).party();
        PartyView view = new PartyView();
        view.copyRegistration(party);
        view.stamp(message, party.version());
        rows.create(party.id(), view, this);
    }
}
