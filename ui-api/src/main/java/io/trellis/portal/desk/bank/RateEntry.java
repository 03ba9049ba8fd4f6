package io.trellis.portal.desk.bank;

import io.trellis.portal.backend.ServiceProblem;
import java.math.BigDecimal;

/**
 * The annual rate as the credit officer types it, in percent ({@code 4.5} → 450 bp) or in basis points
 * ({@code 450}), turned into the whole basis points the ledger takes. The ledger checks the range; a rate finer than
 * a basis point, or not a number, is refused here as the service would refuse a malformed field.
 */
final class RateEntry {
    static final String PERCENT = "percent";
    static final String BASIS_POINTS = "bp";

    private RateEntry() {
    }

    static int basisPoints(String typed, String unit) {
        try {
            BigDecimal rate = new BigDecimal(typed.strip());
            BigDecimal bps = BASIS_POINTS.equals(unit) ? rate : rate.movePointRight(2);
            return bps.intValueExact();
        } catch (NumberFormatException | ArithmeticException | NullPointerException notWholeBasisPoints) {
            throw new ServiceProblem(400, "INVALID_ARGUMENT", "rate '" + typed + "' " + unit);
        }
    }
}
