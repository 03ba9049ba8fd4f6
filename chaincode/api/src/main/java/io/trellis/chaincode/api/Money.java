package io.trellis.chaincode.api;

import java.util.Objects;
import java.util.Set;

/**
 * An exact amount: integer minor units (fen, cents) of one currency. Never a double; arithmetic
 * overflows loudly ({@link Amounts.OutOfRange}) instead of wrapping.
 *
 * @param minor    amount in minor units
 * @param currency ISO 4217 code, e.g. CNY
 */
public record Money(long minor, String currency) implements Comparable<Money> {
    /**
     * The ISO 4217 codes an amount may carry: pinned here, not read from the JDK's table, which changes between
     * JDK releases (endorsers on different JDKs must agree on every refusal). Two-decimal currencies only: an
     * amount is written with at most two decimals and kept in hundredths, which JPY (0) or KWD (3) are not.
     */
    private static final Set<String> CURRENCIES = Set.of("CNY", "HKD", "MOP", "USD", "EUR", "GBP", "SGD", "AUD",
            "CAD", "CHF", "NZD");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code");
        }
    }

    public static Money of(long minor, String currency) {
        return new Money(minor, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Amounts.add(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Amounts.subtract(minor, other.minor), currency);
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    /** "RMB" is how people say it, not a code: only ISO 4217 codes name a currency a bank can pay in. */
    public static boolean isCurrencyCode(String code) {
        return code != null && CURRENCIES.contains(code);
    }
}
