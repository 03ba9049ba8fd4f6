package io.trellis.scf.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.scf.security.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettlementVisibilityTest {
    private static final String CORE = "91310000MA1K000001";
    private static final String SUPPLIER1 = "91310000MA1K000002";
    private static final String BANK = "91310000MA1K000004";
    private static final String POSTING_BANK = "91310000MA1K000006";
    private static final PayoutView TO_SUPPLIER = payout("PO1-01", "CV0000000000000000000A-01", SUPPLIER1, 600);
    private static final PayoutView TO_BANK = payout("PO1-02", "CV0000000000000000000A-02", BANK, 400);
    private static final List<PayoutView> ALL = List.of(TO_SUPPLIER, TO_BANK);

    private static PayoutView payout(String payoutId, String voucherId, String holderId, long fen) {
        return PayoutView.of(new PayoutInstructed("PAY-1", POSTING_BANK, LocalDate.of(2026, 9, 30),
                new Payout(payoutId, voucherId, holderId, null, Money.of(fen, "CNY"))));
    }

    private static SettlementView payment() {
        SettlementView view = new SettlementView();
        view.key = new SettlementView.Key(POSTING_BANK, "PAY-1");
        view.obligorId = CORE;
        return view;
    }

    @Test
    void the_obligor_and_auditors_see_every_payout() {
        assertThat(SettlementVisibility.payoutsFor(new Viewer(CORE, Set.of("core_enterprise")), payment(), ALL))
                .contains(ALL);
        assertThat(SettlementVisibility.payoutsFor(new Viewer("91310000MA1K000008", Set.of("auditor")), payment(), ALL))
                .contains(ALL);
    }

    @Test
    void operators_see_every_payout() {
        assertThat(SettlementVisibility.payoutsFor(new Viewer(null, Set.of("operator")), payment(), ALL))
                .contains(ALL);
    }

    @Test
    void the_bank_that_posted_the_payment_sees_every_payout_though_paid_none() {
        assertThat(SettlementVisibility.payoutsFor(new Viewer(POSTING_BANK, Set.of("financier")), payment(), ALL))
                .contains(ALL);
    }

    @Test
    void a_paid_holder_sees_only_its_own_payouts() {
        assertThat(SettlementVisibility.payoutsFor(new Viewer(BANK, Set.of("financier")), payment(), ALL))
                .contains(List.of(TO_BANK));
    }

    @Test
    void a_party_paid_nothing_does_not_see_the_payment() {
        assertThat(SettlementVisibility.payoutsFor(new Viewer("91310000MA1K000003", Set.of("supplier")), payment(),
                ALL)).isEmpty();
    }

    @Test
    void a_payout_belongs_to_its_bank_and_payment_and_is_keyed_by_its_payout_id() {
        assertThat(TO_BANK.payoutId).isEqualTo("PO1-02");
        assertThat(TO_BANK.bankId).isEqualTo(POSTING_BANK);
        assertThat(TO_BANK.paymentId).isEqualTo("PAY-1");
        assertThat(TO_BANK.voucherId).isEqualTo("CV0000000000000000000A-02");
        assertThat(TO_BANK.amountMinor).isEqualTo(400);
    }
}
