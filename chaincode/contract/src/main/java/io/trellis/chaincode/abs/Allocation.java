package io.trellis.chaincode.abs;

import io.trellis.abs.rules.ProRataSplitter;
import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.Subscription;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Closing subscription: a tranche ordered at most in full gives every investor what it ordered; an oversubscribed
 * one is shared pro rata, rounded down to whole units, leftover units one each to the largest orders (ties to the
 * smaller investor id).
 */
public final class Allocation {

    private Allocation() {
    }

    /** One allocation per tranche, most senior first, investors by id. */
    public static List<TrancheAllocation> close(DealStructure structure, List<Subscription> subscriptions) {
        requireValid(structure, subscriptions);
        List<TrancheAllocation> result = new ArrayList<>();
        for (TrancheTerms tranche : structure.tranches()) {
            List<Subscription> orders = subscriptions.stream()
                    .filter(s -> s.trancheClass() == tranche.trancheClass())
                    .sorted(Comparator.comparing(Subscription::investorId))
                    .toList();
            long subscribed = orders.stream().mapToLong(Subscription::units).reduce(0, Amounts::add);
            result.add(new TrancheAllocation(tranche.trancheClass(), tranche.units(), subscribed,
                    allocate(tranche.units(), subscribed, orders)));
        }
        return List.copyOf(result);
    }

    private static List<Holding> allocate(long offered, long subscribed, List<Subscription> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<Long> units = subscribed <= offered
                ? orders.stream().map(Subscription::units).toList()
                : ProRataSplitter.split(offered, orders.stream()
                        .map(s -> new ProRataSplitter.Claim(s.investorId(), s.units()))
                        .toList());
        List<Holding> holdings = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            if (units.get(i) > 0) {
                holdings.add(new Holding(orders.get(i).investorId(), orders.get(i).trancheClass(), units.get(i)));
            }
        }
        return holdings;
    }

    private static void requireValid(DealStructure structure, List<Subscription> subscriptions) {
        Set<String> seen = new HashSet<>();
        for (Subscription s : subscriptions) {
            if (s.investorId() == null || s.investorId().isBlank() || s.trancheClass() == null || s.units() <= 0) {
                throw ChaincodeException.invalid("a subscription needs investorId, trancheClass and positive units");
            }
            if (structure.tranche(s.trancheClass()).isEmpty()) {
                throw new ChaincodeException(ErrorCode.TRANCHE_NOT_FOUND,
                        "the deal has no " + s.trancheClass() + " tranche");
            }
            if (!seen.add(s.trancheClass() + "/" + s.investorId())) {
                throw ChaincodeException.invalid("investor " + s.investorId() + " subscribed to "
                        + s.trancheClass() + " twice; one subscription per investor and tranche");
            }
        }
    }
}
