package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.Subscription;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;

/** Orders and the deal they are placed on, between structuring and issuance: pure. */
public final class Offering {

    private Offering() {
    }

    /** The structure every later step works from; a deal has none until the manager sets it. */
    public static DealStructure structureOf(Deal deal) {
        if (deal.structure() == null) {
            throw new ChaincodeException(ErrorCode.DEAL_STATE_CONFLICT, "deal " + deal.poolId() + " has no structure yet");
        }
        return deal.structure();
    }

    public static Subscription subscription(SubscribeRequest request, String investorId, DealStructure structure) {
        if (request.trancheClass() == null || request.units() <= 0) {
            throw ChaincodeException.invalid("a subscription needs trancheClass and positive units");
        }
        TrancheTerms tranche = structure.tranche(request.trancheClass()).orElseThrow(() -> new ChaincodeException(
                ErrorCode.TRANCHE_NOT_FOUND, "the deal has no " + request.trancheClass() + " tranche"));
        if (request.units() > tranche.units()) {
            // No order is allotted more than the tranche, and capped orders of a capped tranche always add up.
            throw new ChaincodeException(ErrorCode.AMOUNT_OUT_OF_RANGE, "an order is at most the "
                    + tranche.units() + " units the " + request.trancheClass() + " tranche offers");
        }
        return new Subscription(investorId, request.trancheClass(), request.units());
    }

    public static TrancheAllocation allocationOf(Deal deal, TrancheClass trancheClass) {
        return deal.allocations().stream().filter(a -> a.trancheClass() == trancheClass).findFirst()
                .orElseThrow(() -> new ChaincodeException(ErrorCode.TRANCHE_NOT_FOUND,
                        "the deal has no allocated " + trancheClass + " tranche"));
    }
}
