package io.trellis.abs.rules;

import io.trellis.chaincode.api.Money;
import java.math.BigInteger;

/** Shares expressed in basis points, compared exactly by cross-multiplying instead of dividing. */
public final class BasisPoints {
    public static final int WHOLE = 10_000;

    private BasisPoints() {
    }

    public static boolean inRange(int bp) {
        return bp >= 0 && bp <= WHOLE;
    }

    /** part x 10000 > limitBp x whole; BigInteger because fen x 10000 can exceed a long. */
    public static boolean exceeds(Money part, Money whole, int limitBp) {
        BigInteger scaledPart = BigInteger.valueOf(part.minor()).multiply(BigInteger.valueOf(WHOLE));
        BigInteger scaledLimit = BigInteger.valueOf(limitBp).multiply(BigInteger.valueOf(whole.minor()));
        return scaledPart.compareTo(scaledLimit) > 0;
    }

    /**
     * part / whole in bp, rounded up: at most {@code limitBp} exactly when {@link #exceeds} says it is not above it,
     * so a share shown next to its limit never reads as within it when the exact test failed.
     */
    public static int shareRoundedUp(Money part, Money whole) {
        if (!whole.isPositive()) {
            throw new IllegalArgumentException("a share of nothing: " + whole);
        }
        BigInteger[] quotient = BigInteger.valueOf(part.minor()).multiply(BigInteger.valueOf(WHOLE))
                .divideAndRemainder(BigInteger.valueOf(whole.minor()));
        return quotient[0].add(quotient[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).intValueExact();
    }
}
