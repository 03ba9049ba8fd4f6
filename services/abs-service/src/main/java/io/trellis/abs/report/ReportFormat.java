package io.trellis.abs.report;

import io.trellis.chaincode.api.Money;
import java.math.BigDecimal;
import java.util.Locale;

/** How reports print figures: amounts to the fen with thousands separators, basis points as percentages. */
public final class ReportFormat {

    private ReportFormat() {
    }

    /** 123456789 fen as "1,234,567.89": exact, never rounded. */
    public static String amount(Money money) {
        return String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(money.minor(), 2));
    }

    /** 400 bp as "4.00%". */
    public static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).toPlainString() + "%";
    }

    /** An enum name as words: SENIOR_INTEREST as "Senior interest". */
    public static String words(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An amount column's heading, naming the currency. */
    public static String amountHeading(String heading, String currency) {
        return heading + " (" + currency + ")";
    }
}
