package io.trellis.abs.rules;

import io.trellis.chaincode.api.Amounts;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Splits a whole number (units of a tranche, fen of a payment) by whole-number weights, exactly: each claim
 * gets its share rounded down, and what rounding left over goes one each to the largest weights ({@link #split}) or
 * to the largest dropped fractions ({@link #splitByLargestRemainder}), ties to the smaller key. The leftover is
 * always fewer than the number of claims, so one each is enough.
 */
public final class ProRataSplitter {

    /**
     * One party's claim on the total.
     *
     * @param key    the claimant, e.g. an investor id; breaks ties between equal weights
     * @param weight units subscribed or held; positive
     */
    public record Claim(String key, long weight) {
    }

    private static final Comparator<Claim> LARGEST_FIRST = Comparator.comparingLong(Claim::weight).reversed()
            .thenComparing(Claim::key);

    private ProRataSplitter() {
    }

    /** The shares of {@code total}, in the order of {@code claims}; they sum to {@code total}. */
    public static List<Long> split(long total, List<Claim> claims) {
        Floors floors = floors(total, claims);
        return floors.withLeftover(IntStream.range(0, claims.size()).boxed()
                .sorted(Comparator.comparing(claims::get, LARGEST_FIRST))
                .toList());
    }

    /**
     * The shares of {@code total} by the largest-remainder rule: each claim gets its share rounded down, and the
     * leftover goes one each to the claims whose exact share lost the largest fraction, ties to the smaller key.
     * In the order of {@code claims}; they sum to {@code total}.
     */
    public static List<Long> splitByLargestRemainder(long total, List<Claim> claims) {
        Floors floors = floors(total, claims);
        Comparator<Integer> largestRemainder = Comparator.<Integer, BigInteger>comparing(i -> floors.remainders()[i])
                .reversed()
                .thenComparing(i -> claims.get(i).key());
        return floors.withLeftover(IntStream.range(0, claims.size()).boxed().sorted(largestRemainder).toList());
    }

    /**
     * Each claim's share rounded down, and what rounding dropped from it (as a numerator over the total weight).
     *
     * @param leftover what the rounded-down shares leave of the total: fewer than the number of claims
     */
    private record Floors(long[] shares, BigInteger[] remainders, long leftover) {

        /** The shares with the leftover given one each to the claims in {@code order}. */
        List<Long> withLeftover(List<Integer> order) {
            long[] result = shares.clone();
            for (int i = 0; i < leftover; i++) {
                result[order.get(i)]++;
            }
            return Arrays.stream(result).boxed().toList();
        }
    }

    private static Floors floors(long total, List<Claim> claims) {
        requireValid(total, claims);
        long totalWeight = 0;
        for (Claim claim : claims) {
            totalWeight = Amounts.add(totalWeight, claim.weight());
        }
        // total x weight can exceed a long (fen x units); the quotient never does.
        BigInteger bigTotal = BigInteger.valueOf(total);
        BigInteger bigWeight = BigInteger.valueOf(totalWeight);
        long[] shares = new long[claims.size()];
        BigInteger[] remainders = new BigInteger[claims.size()];
        long given = 0;
        for (int i = 0; i < claims.size(); i++) {
            BigInteger[] quotient = bigTotal.multiply(BigInteger.valueOf(claims.get(i).weight())).divideAndRemainder(bigWeight);
            shares[i] = Amounts.exact(quotient[0]);
            remainders[i] = quotient[1];
            given = Amounts.add(given, shares[i]);
        }
        return new Floors(shares, remainders, total - given);
    }

    private static void requireValid(long total, List<Claim> claims) {
        if (total < 0) {
            throw new IllegalArgumentException("cannot split a negative total");
        }
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("cannot split among nobody");
        }
        Set<String> keys = new HashSet<>();
        for (Claim claim : claims) {
            if (claim.weight() <= 0) {
                throw new IllegalArgumentException("weight of " + claim.key() + " must be positive");
            }
            if (!keys.add(claim.key())) {
                throw new IllegalArgumentException("claimant " + claim.key() + " appears twice");
            }
        }
    }
}
