package io.trellis.abs.rules;

import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Tranche interest: actual/365, simple (arrears earn none), rounded half-up to the minor unit. */
public final class InterestCalculator {
    private static final BigDecimal BP_DAYS_PER_YEAR = BigDecimal.valueOf(10_000L * 365);

    private InterestCalculator() {
    }

    /** outstanding x coupon x days / (10000 x 365), days counted from {@code from} (exclusive) to {@code to}. */
    public static Money interest(Money outstanding, int couponBp, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            throw new IllegalArgumentException("an interest period must end after it starts: " + from + " to " + to);
        }
        if (couponBp < 0 || outstanding.isNegative()) {
            throw new IllegalArgumentException("coupon and principal must not be negative");
        }
        BigDecimal product = BigDecimal.valueOf(outstanding.minor())
                .multiply(BigDecimal.valueOf(couponBp))
                .multiply(BigDecimal.valueOf(days));
        long minor = Amounts.exact(product.divide(BP_DAYS_PER_YEAR, 0, RoundingMode.HALF_UP));
        return Money.of(minor, outstanding.currency());
    }
}
