package io.trellis.chaincode.api;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Exact arithmetic on amounts and units kept as {@code long}: a result outside the range is an
 * {@link OutOfRange}, which the chaincode answers with {@link ErrorCode#AMOUNT_OUT_OF_RANGE}, never a wrapped
 * number and never an internal error.
 */
public final class Amounts {
    /**
     * The largest single amount a request may name where one amount bounds many (a credit line, a tranche), in
     * minor units: 10^15 fen, ten trillion yuan, far above any real one, while 9,000 of them still add up within a
     * {@code long}.
     */
    public static final long CEILING = 1_000_000_000_000_000L;

    private Amounts() {
    }

    public static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new OutOfRange(a + " + " + b);
        }
    }

    public static long subtract(long a, long b) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw new OutOfRange(a + " - " + b);
        }
    }

    public static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new OutOfRange(a + " x " + b);
        }
    }

    /** A whole result computed wider, back in a long. */
    public static long exact(BigInteger value) {
        if (value.bitLength() > 63) {
            throw new OutOfRange(value.toString());
        }
        return value.longValue();
    }

    /** A result rounded to a whole number before, back in a long. */
    public static long exact(BigDecimal value) {
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new OutOfRange(value.toPlainString());
        }
    }

    /** An amount or a count of units that a {@code long} cannot hold. */
    public static final class OutOfRange extends ArithmeticException {
        OutOfRange(String computation) {
            super("the amount " + computation + " is outside the range the ledger keeps exactly");
        }
    }
}
