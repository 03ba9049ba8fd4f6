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
}
