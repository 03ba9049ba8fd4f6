package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.ledger.events.LedgerEventMessage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A deal's structure, allocation and issuance: its tranches and who holds them. */
final class DealTerms {

    private DealTerms() {
    }

    /**
     * The structure as set (or a tranche resized): tranche rows are updated in place, a tranche no longer in the
     * structure is dropped. The structure changes only before issuance, so what a tranche is owed is its principal.
     */
    static void structured(DealRow deal, DealStructure structure, LedgerEventMessage message) {
        deal.structure(structure, message);
        for (TrancheTerms terms : structure.tranches()) {
            TrancheRow row = tranche(deal.poolId, terms.trancheClass());
            if (row == null) {
                TrancheRow.of(deal.poolId, terms, message).persist();
            } else {
                row.stamp(deal.poolId, message);
                row.principalMinor = terms.principal().minor();
                row.couponBp = terms.couponBp();
                row.outstandingPrincipalMinor = terms.principal().minor();
            }
        }
        Set<String> kept = structure.tranches().stream().map(t -> t.trancheClass().name()).collect(Collectors.toSet());
        TrancheRow.delete("poolId = ?1 and trancheClass not in ?2", deal.poolId, kept);
    }

    static void allocated(DealRow deal, List<TrancheAllocation> allocations, LedgerEventMessage message) {
        for (TrancheAllocation allocation : allocations) {
            TrancheRow row = tranche(deal.poolId, allocation.trancheClass());
            if (row == null) {
                throw new IllegalStateException("deal " + deal.poolId + " allocates tranche "
                        + allocation.trancheClass() + " it has not structured");
            }
            row.stamp(deal.poolId, message);
            row.offeredUnits = allocation.offeredUnits();
            row.subscribedUnits = allocation.subscribedUnits();
        }
    }

    static void issued(DealRow deal, List<Holding> holdings, LedgerEventMessage message) {
        holdings.forEach(holding -> HoldingRow.of(deal.poolId, holding, message).persist());
    }

    static TrancheRow tranche(String poolId, TrancheClass trancheClass) {
        return TrancheRow.find("poolId = ?1 and trancheClass = ?2", poolId, trancheClass.name()).firstResult();
    }
}
