package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import java.util.List;

/** Issuance turns a fully subscribed allocation into holdings. */
public final class Issuance {

    private Issuance() {
    }

    /** The holdings to issue, most senior tranche first; an undersubscribed tranche must be resized or the deal cancelled. */
    public static List<Holding> issue(List<TrancheAllocation> allocations) {
        for (TrancheAllocation allocation : allocations) {
            if (allocation.undersubscribed()) {
                throw new ChaincodeException(ErrorCode.DEAL_UNDERSUBSCRIBED,
                        "tranche " + allocation.trancheClass() + " is subscribed for " + allocation.subscribedUnits()
                                + " of " + allocation.offeredUnits() + " units; resize it or cancel the deal");
            }
        }
        return allocations.stream().flatMap(a -> a.allocations().stream()).toList();
    }
}
