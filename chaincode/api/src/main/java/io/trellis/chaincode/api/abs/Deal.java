package io.trellis.chaincode.api.abs;

import java.util.List;

/**
 * The securities issued against a pool; it shares the pool's id.
 *
 * @param poolId      the pool (and deal) id
 * @param status      where the deal is in its life
 * @param structure   the validated structure, tranches most senior first; null until the manager sets one
 * @param allocations the outcome of closing subscription, most senior first; empty before
 * @param holdings    units issued to investors; empty before issuance
 * @param waterfall   what the next payment date starts from; null before issuance
 * @param version     incremented by every change
 */
public record Deal(
        String poolId,
        DealStatus status,
        DealStructure structure,
        List<TrancheAllocation> allocations,
        List<Holding> holdings,
        WaterfallState waterfall,
        long version) {

    public Deal {
        allocations = List.copyOf(allocations);
        holdings = List.copyOf(holdings);
    }

    public static Deal structuring(String poolId) {
        return new Deal(poolId, DealStatus.STRUCTURING, null, List.of(), List.of(), null, 1);
    }

    public Deal withStatus(DealStatus newStatus) {
        return new Deal(poolId, newStatus, structure, allocations, holdings, waterfall, version + 1);
    }

    public Deal withStructure(DealStructure newStructure) {
        return new Deal(poolId, status, newStructure, allocations, holdings, waterfall, version + 1);
    }

    public Deal withAllocations(DealStatus newStatus, DealStructure newStructure, List<TrancheAllocation> newAllocations) {
        return new Deal(poolId, newStatus, newStructure, newAllocations, holdings, waterfall, version + 1);
    }

    public Deal issued(List<Holding> issuedHoldings, WaterfallState initial) {
        return new Deal(poolId, DealStatus.ISSUED, structure, allocations, issuedHoldings, initial, version + 1);
    }

    public Deal distributed(DealStatus newStatus, WaterfallState next) {
        return new Deal(poolId, newStatus, structure, allocations, holdings, next, version + 1);
    }
}
