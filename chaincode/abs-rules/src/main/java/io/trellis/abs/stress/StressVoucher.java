package io.trellis.abs.stress;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * A pooled voucher as the stress test sees it.
 *
 * @param voucherId   the voucher's id (named in refusals)
 * @param obligorId   who pays it at maturity; every voucher of an obligor defaults together
 * @param outstanding principal still to be paid, in the deal's currency
 * @param maturity    the date the obligor pays it
 */
public record StressVoucher(String voucherId, String obligorId, Money outstanding, LocalDate maturity) {
}
