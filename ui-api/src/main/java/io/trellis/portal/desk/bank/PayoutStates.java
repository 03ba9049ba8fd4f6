package io.trellis.portal.desk.bank;

import io.trellis.chaincode.api.Money;
import io.trellis.portal.desk.bank.BankReconciliation.MissingPayout;
import io.trellis.portal.desk.bank.BankReconciliation.ReconciliationDay;
import io.trellis.portal.scf.SettlementView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each payout of the bank's settled payments with its reconciliation state: settlement-service lists the payouts no
 * bank has confirmed yet; every other payout of the reconciled period was confirmed by the bank's reference.
 */
final class PayoutStates {
    static final String CONFIRMED = "CONFIRMED";
    static final String AWAITING = "AWAITING_CONFIRMATION";

    private PayoutStates() {
    }

    /** One payout as the desk lists it: the payee is a party, or an ABS pool's collection account. */
    public record Line(String paymentId, String obligorName, LocalDate maturityDate, String payoutId, String payee,
            String poolId, Money amount, String state) {
        public String stateKey() {
            return "bank_payout_" + state;
        }
    }

    static List<Line> of(List<SettlementView> settlements, List<ReconciliationDay> days,
            Function<String, String> names) {
        Set<String> unconfirmed = days.stream().flatMap(day -> day.missing().stream()).map(MissingPayout::payoutId)
                .collect(Collectors.toSet());
        return settlements.stream().flatMap(payment -> payment.payouts().stream().map(payout -> new Line(
                        payment.paymentId(), names.apply(payment.obligorId()), payment.maturityDate(),
                        payout.payoutId(), payout.poolId() == null ? names.apply(payout.holderId()) : payout.poolId(),
                        payout.poolId(), payout.amount(),
                        unconfirmed.contains(payout.payoutId()) ? AWAITING : CONFIRMED)))
                .toList();
    }
}
