package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.Money;
import java.math.BigInteger;

/** Shares expressed in basis points, compared exactly by cross-multiplying instead of dividing. */
final class BasisPoints {
    static final int WHOLE = 10_000;

    private BasisPoints() {
    }

    static boolean inRange(int bp) {
        return bp >= 0 && bp <= WHOLE;
    }

    /** part x 10000 > limitBp x whole; BigInteger because fen x 10000 can exceed a long. */
    static boolean exceeds(Money part, Money whole, int limitBp) {
        BigInteger scaledPart = BigInteger.valueOf(part.minor()).multiply(BigInteger.valueOf(WHOLE));
        BigInteger scaledLimit = BigInteger.valueOf(limitBp).multiply(BigInteger.valueOf(whole.minor()));
        return scaledPart.compareTo(scaledLimit) > 0;
    }
}
