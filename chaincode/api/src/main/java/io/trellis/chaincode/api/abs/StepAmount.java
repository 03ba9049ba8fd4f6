package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;

/**
 * What one waterfall step paid on a payment date.
 *
 * @param step   the step
 * @param amount the amount paid, possibly zero
 */
public record StepAmount(WaterfallStep step, Money amount) {
}
