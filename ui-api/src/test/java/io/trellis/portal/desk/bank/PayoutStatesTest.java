package io.trellis.portal.desk.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.trellis.chaincode.api.Money;
import io.trellis.portal.desk.bank.BankReconciliation.MissingPayout;
import io.trellis.portal.desk.bank.BankReconciliation.ReconciliationDay;
import io.trellis.portal.scf.SettlementView;
import io.trellis.portal.scf.SettlementView.Payout;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayoutStatesTest {
    private static final LocalDate MATURITY = LocalDate.parse("2027-06-01");

    @Test
    void a_payout_reconciliation_lists_as_missing_awaits_confirmation_and_the_others_are_confirmed() {
        SettlementView payment = new SettlementView("BANK", "PAY-1", "CORE", MATURITY, Money.of(300L, "CNY"),
                Money.of(300L, "CNY"), Money.of(0L, "CNY"), List.of(
                new Payout("PO-01", "CV-01", "SUPPLIER", null, Money.of(100L, "CNY")),
                new Payout("PO-02", "CV-02", "SPV", "POOL7", Money.of(200L, "CNY"))), "TX-1", 42L);
        ReconciliationDay day = new ReconciliationDay(MATURITY, "CNY", 2, "3.00", 1, "1.00",
                List.of(new MissingPayout("PO-02", "PAY-1", "SPV", "POOL7", "2.00", "CNY")));

        List<PayoutStates.Line> lines = PayoutStates.of(List.of(payment), List.of(day), id -> "name of " + id);

        assertThat(lines).extracting(PayoutStates.Line::payoutId, PayoutStates.Line::payee, PayoutStates.Line::state)
                .containsExactly(
                        tuple("PO-01", "name of SUPPLIER", PayoutStates.CONFIRMED),
                        tuple("PO-02", "POOL7", PayoutStates.AWAITING));
        assertThat(lines.getFirst().obligorName()).isEqualTo("name of CORE");
        assertThat(lines.get(1).amount()).isEqualTo(Money.of(200L, "CNY"));
    }

    @Test
    void reconciliation_totals_in_decimal_text_read_as_exact_fen() {
        ReconciliationDay day = new ReconciliationDay(MATURITY, "CNY", 2, "1234567.89", 1, "0.01", List.of());
        assertThat(day.instructed()).isEqualTo(Money.of(123_456_789L, "CNY"));
        assertThat(day.confirmed()).isEqualTo(Money.of(1L, "CNY"));
    }
}
