package io.trellis.scf.settlement;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/** A payment (one bank's payment id) and the payouts the caller may see, as the API shows them. */
public record SettlementDto(String bankId, String paymentId, String obligorId, LocalDate maturityDate, Money amount,
        Money applied, Money unapplied, List<PayoutDto> payouts, String transactionId, long blockNumber) {

    /** One voucher's share of the payment; {@code poolId} set when it goes to an ABS pool. */
    public record PayoutDto(String payoutId, String voucherId, String holderId, String poolId, Money amount) {
    }

    static SettlementDto of(SettlementView view, List<PayoutView> payouts) {
        return new SettlementDto(view.key.bankId(), view.key.paymentId(), view.obligorId, view.maturityDate,
                Money.of(view.amountMinor, view.currency), Money.of(view.appliedMinor, view.currency),
                Money.of(view.unappliedMinor, view.currency),
                payouts.stream().map(p -> new PayoutDto(p.payoutId, p.voucherId, p.holderId, p.poolId,
                        Money.of(p.amountMinor, p.currency))).toList(),
                view.transactionId, view.blockNumber);
    }
}
