package io.trellis.scf.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.scf.security.Viewer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettlementVisibilityTest {
    private static final String CORE = "91310000MA1K000001";
    private static final String SUPPLIER1 = "91310000MA1K000002";
    private static final String BANK = "91310000MA1K000004";
    private static final PayoutView TO_SUPPLIER =
            PayoutView.of("PAY-1", new Payout("PO1-01", "CV0000000000000000000A-01", SUPPLIER1, null, Money.of(600, "CNY")));
    private static final PayoutView TO_BANK =
            PayoutView.of("PAY-1", new Payout("PO1-02", "CV0000000000000000000A-02", BANK, null, Money.of(400, "CNY")));

    private static SettlementView payment() {
        SettlementView view = new SettlementView();
        view.obligorId = CORE;
        return view;
    }

    @Test
    void the_obligor_and_auditors_see_every_payout() {
        List<PayoutView> all = List.of(TO_SUPPLIER, TO_BANK);
        assertThat(SettlementVisibility.payoutsFor(new Viewer(CORE, Set.of("core_enterprise")), payment(), all))
                .contains(all);
        assertThat(SettlementVisibility.payoutsFor(new Viewer("91310000MA1K000008", Set.of("auditor")), payment(), all))
                .contains(all);
    }

    @Test
    void a_paid_holder_sees_only_its_own_payouts() {
        assertThat(SettlementVisibility.payoutsFor(new Viewer(BANK, Set.of("financier")), payment(),
                List.of(TO_SUPPLIER, TO_BANK))).contains(List.of(TO_BANK));
    }

    @Test
    void a_party_paid_nothing_does_not_see_the_payment() {
        assertThat(SettlementVisibility.payoutsFor(new Viewer("91310000MA1K000003", Set.of("supplier")), payment(),
                List.of(TO_SUPPLIER, TO_BANK))).isEmpty();
    }
}
