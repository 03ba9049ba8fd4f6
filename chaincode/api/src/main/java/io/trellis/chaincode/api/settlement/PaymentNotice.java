package io.trellis.chaincode.api.settlement;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * A bank's notice that an obligor paid for its vouchers of one maturity; arguments of {@code SettlePayment}.
 *
 * @param paymentId    the bank's unique payment reference; a replay of it changes nothing
 * @param obligorId    the paying core enterprise
 * @param maturityDate the maturity the payment is for
 * @param amount       the amount paid
 */
public record PaymentNotice(String paymentId, String obligorId, LocalDate maturityDate, Money amount) {
}
