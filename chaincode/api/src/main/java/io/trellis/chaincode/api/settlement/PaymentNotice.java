package io.trellis.chaincode.api.settlement;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * A bank's notice that an obligor paid for its vouchers of one maturity; arguments of {@code SettlePayment}.
 *
 * @param paymentId    the bank's unique payment reference; a replay of it changes nothing
 * @param obligorId    the paying core enterprise
 * @param maturityDate the maturity the payment is for; may be null when {@code voucherId} names it
 * @param amount       the amount paid
 * @param voucherId    optional: a root voucher of the obligor; the payment then pays only that tree
 */
public record PaymentNotice(String paymentId, String obligorId, LocalDate maturityDate, Money amount,
        String voucherId) {
}
