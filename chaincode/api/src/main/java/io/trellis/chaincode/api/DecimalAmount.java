package io.trellis.chaincode.api;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as people and banks write them: a plain decimal string with at most two decimals ("1000000.00"),
 * read into exact minor units. No exponent, no sign, no grouping, nothing rounded: a string that is not exactly
 * an amount is refused.
 */
public final class DecimalAmount {
    private static final Pattern PLAIN = Pattern.compile("(0|[1-9][0-9]{0,16})(\\.[0-9]{1,2})?");

    private DecimalAmount() {
    }

    /** @throws IllegalArgumentException with a message fit for the sender */
    public static Money parse(String amount, String currency) {
        return Money.of(parseMinor(amount), currency);
    }

    /** The amount in hundredths, whatever its currency. @throws IllegalArgumentException as {@link #parse} */
    public static long parseMinor(String amount) {
        if (amount == null || !PLAIN.matcher(amount).matches()) {
            throw new IllegalArgumentException("amount must be a plain decimal string with at most two decimals, e.g. \"1000000.00\"");
        }
        try {
            return new BigDecimal(amount).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount is too large", e);
        }
    }

    /** The amount with exactly two decimals, e.g. 50000000 fen as "500000.00". */
    public static String format(Money money) {
        return BigDecimal.valueOf(money.minor(), 2).toPlainString();
    }
}
