package io.trellis.portal.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.trellis.chaincode.api.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts and dates read on every page, in both languages: amounts to the fen with thousands separators
 * ({@code ¥1,234,567.89}; another currency shows its code), dates as people in China write them
 * ({@code 2026年11月30日} in Chinese, {@code 2026-11-30} in English).
 */
@TemplateExtension
public final class Formats {
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /** {@code 1,234,567.89}: the amount alone, exact to the fen. */
    public static String figure(Money money) {
        return grouped(BigDecimal.valueOf(money.minor(), 2));
    }

    /** {@code ¥1,234,567.89} for CNY, {@code USD 1,234.50} for any other currency. */
    public static String shown(Money money) {
        String figure = figure(money);
        return "CNY".equals(money.currency()) ? (figure.startsWith("-") ? "-¥" + figure.substring(1) : "¥" + figure)
                : money.currency() + " " + figure;
    }

    /** A plain amount in fen (reports of counts of fen) as {@code ¥1,234,567.89}. */
    public static String cny(long minor) {
        return shown(Money.of(minor, "CNY"));
    }

    public static String shown(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : Lang.ofLocale(locale) == Lang.ZH ? CHINESE_DATE.format(date) : date.toString();
    }

    public static String shown(OffsetDateTime time, @TemplateAttribute("locale") Object locale) {
        return time == null ? "" : (Lang.ofLocale(locale) == Lang.ZH ? CHINESE_TIME : ISO_TIME).format(time);
    }

    /** Basis points as a percentage: 450 → {@code 4.50%}. */
    public static String percent(int basisPoints) {
        return percent(BigDecimal.valueOf(basisPoints));
    }

    /** Basis points, possibly fractional (a stress result), as a percentage to two decimals, half-up: 1234.5 → 12.35%. */
    public static String percent(BigDecimal basisPoints) {
        return basisPoints == null ? ""
                : basisPoints.movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String grouped(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }
}
