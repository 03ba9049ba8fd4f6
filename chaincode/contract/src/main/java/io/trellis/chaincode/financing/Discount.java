package io.trellis.chaincode.financing;

import io.trellis.chaincode.api.Amounts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Discount interest on the actual/360 basis: face x rate x days / (10000 x 360), rounded half-up to the minor
 * unit. Exact: the product is formed as a BigInteger, so no face, rate or tenor can overflow or lose a fen.
 */
public final class Discount {
    public static final int MAX_RATE_BPS = 10_000;
    private static final BigInteger DENOMINATOR = BigInteger.valueOf(10_000L * 360L);

    private Discount() {
    }

    public static long interest(long faceMinor, int rateBps, long days) {
        if (faceMinor < 0 || rateBps < 0 || days < 0) {
            throw new IllegalArgumentException("face, rate and days must not be negative");
        }
        BigInteger numerator = BigInteger.valueOf(faceMinor).multiply(BigInteger.valueOf(rateBps))
                .multiply(BigInteger.valueOf(days));
        return Amounts.exact(new BigDecimal(numerator).divide(new BigDecimal(DENOMINATOR), 0, RoundingMode.HALF_UP));
    }
}
