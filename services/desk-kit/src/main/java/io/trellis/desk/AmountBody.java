package io.trellis.desk;

import io.trellis.chaincode.api.DecimalAmount;
import io.trellis.chaincode.api.Money;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount as a REST body carries it: {@code {"amount": "1000000.00", "currency": "CNY"}}. The amount is decimal
 * text, not a JSON number (which many clients pass through binary floating point), read exactly into minor units
 * by {@link DecimalAmount}: at most two decimals, no sign, exponent or grouping; nothing is rounded.
 */
@Schema(description = "Exact amount: decimal text with at most two decimals (no exponent, no sign) and an ISO 4217 code")
public record AmountBody(
        @NotNull @DecimalText @Schema(example = "1000000.00") String amount,
        @NotNull @CurrencyCode
        @Schema(example = "CNY") String currency) {

    /** Only called on a validated body, so the text is an amount. */
    public Money toMoney() {
        return DecimalAmount.parse(amount, currency);
    }
}
