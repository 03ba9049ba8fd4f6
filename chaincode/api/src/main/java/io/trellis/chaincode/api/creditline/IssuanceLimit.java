package io.trellis.chaincode.api.creditline;

import io.trellis.chaincode.api.Money;

/**
 * How much a core enterprise may have outstanding in unsettled vouchers: the sum of its credit lines.
 * Usage lives in counter slots of its own, like a credit line's.
 *
 * @param obligorId the core enterprise
 * @param limit     sum of the limits of its credit lines
 * @param slots     how many counter slots share the limit
 * @param version   incremented by every change
 */
public record IssuanceLimit(String obligorId, Money limit, int slots, long version) {
}
