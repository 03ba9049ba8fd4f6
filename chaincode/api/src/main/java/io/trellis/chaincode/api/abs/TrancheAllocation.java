package io.trellis.chaincode.api.abs;

import java.util.List;

/**
 * The outcome of closing subscription for one tranche.
 *
 * @param trancheClass    the tranche
 * @param offeredUnits    the tranche's size in units
 * @param subscribedUnits the units investors ordered
 * @param allocations     units each investor receives, by investor id; investors allotted nothing are left out
 */
public record TrancheAllocation(
        TrancheClass trancheClass,
        long offeredUnits,
        long subscribedUnits,
        List<Holding> allocations) {

    public TrancheAllocation {
        allocations = List.copyOf(allocations);
    }

    public boolean undersubscribed() {
        return subscribedUnits < offeredUnits;
    }
}
