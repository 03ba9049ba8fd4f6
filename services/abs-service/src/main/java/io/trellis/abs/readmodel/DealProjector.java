package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.event.AttestationRecorded;
import io.trellis.chaincode.api.event.AttestationWithdrawn;
import io.trellis.chaincode.api.event.DealAllocated;
import io.trellis.chaincode.api.event.DealStatusChanged;
import io.trellis.chaincode.api.event.DealStructured;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.HoldingsIssued;
import io.trellis.chaincode.api.event.InvestorPayoutInstructed;
import io.trellis.chaincode.api.event.PoolAssetAdded;
import io.trellis.chaincode.api.event.PoolAssetRemoved;
import io.trellis.chaincode.api.event.PoolCreated;
import io.trellis.chaincode.api.event.ProviderAppointed;
import io.trellis.chaincode.api.event.ServicerReportRecorded;
import io.trellis.chaincode.api.event.TrancheRated;
import io.trellis.desk.projection.EventProjector;
import io.trellis.desk.projection.ParkedEvents;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Keeps the deal read models in step with the ledger's ABS events. Every one of them is keyed by the pool id, so
 * Kafka hands them over in ledger order after the pool's creation; an event for a pool not projected yet (which
 * that order rules out) is parked rather than lost, and replayed once the pool is there.
 */
@ApplicationScoped
public class DealProjector implements EventProjector {
    private static final Logger LOG = Logger.getLogger(DealProjector.class);

    private final ParkedEvents parked;

    DealProjector(ParkedEvents parked) {
        this.parked = parked;
    }

    @Override
    public boolean handles(DomainEvent event) {
        return event instanceof PoolCreated || event instanceof PoolAssetAdded || event instanceof PoolAssetRemoved
                || event instanceof DealStructured || event instanceof DealStatusChanged
                || event instanceof DealAllocated || event instanceof HoldingsIssued
                || event instanceof ProviderAppointed || event instanceof AttestationRecorded
                || event instanceof AttestationWithdrawn || event instanceof TrancheRated
                || event instanceof ServicerReportRecorded || event instanceof InvestorPayoutInstructed;
    }

    @Override
    public void apply(LedgerEventMessage message) {
        if (message.event() instanceof PoolCreated created) {
            create(created, message);
            return;
        }
        String poolId = message.event().aggregateId();
        DealRow deal = DealRow.findById(poolId);
        if (deal == null) {
            parked.park(poolId, message);
            return;
        }
        switch (message.event()) {
            case PoolAssetAdded added -> PoolComposition.added(deal, added.entry(), message);
            case PoolAssetRemoved removed -> PoolComposition.removed(deal, removed.voucherId());
            case DealStructured structured -> DealTerms.structured(deal, structured.structure(), message);
            case DealStatusChanged changed -> deal.status = changed.to().name();
            case DealAllocated allocated -> DealTerms.allocated(deal, allocated.allocations(), message);
            case HoldingsIssued issued -> DealTerms.issued(deal, issued.holdings(), message);
            case ProviderAppointed appointed -> DueDiligenceRecords.appointed(deal, appointed.appointment(), message);
            case AttestationRecorded recorded -> DueDiligenceRecords.attested(deal, recorded.attestation(), message);
            case AttestationWithdrawn withdrawn -> DueDiligenceRecords.withdrawn(deal, withdrawn);
            case TrancheRated rated -> DueDiligenceRecords.rated(deal, rated.rating(), message);
            case ServicerReportRecorded recorded -> Distributions.reported(deal, recorded.report(), message);
            case InvestorPayoutInstructed instructed -> Distributions.instructed(instructed.payout(), message);
            default -> throw new IllegalArgumentException(
                    "not a deal event: " + message.event().getClass().getSimpleName());
        }
        deal.stamp(message);
    }

    private void create(PoolCreated created, LedgerEventMessage message) {
        String poolId = created.pool().id();
        if (DealRow.findById(poolId) != null) {
            return;
        }
        DealRow.of(created.pool(), message).persist();
        LOG.infof("tx=%s deal %s projected", message.transactionId(), poolId);
        parked.replay(poolId, this);
    }
}
