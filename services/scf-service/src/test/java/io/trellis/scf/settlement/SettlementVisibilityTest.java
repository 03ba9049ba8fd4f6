package io.trellis.scf.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.desk.security.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettlementVisibilityTest {
    private static final String CORE = "91310000MA1K000019";
    private static final String SUPPLIER1 = "91310000MA1K00002C";
    private static final String BANK = "91310000MA1K00004J";
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
        assertThat(SettlementVisibility.payoutsFor(Viewer.party(CORE, "core_enterprise"), payment(), ALL))
                .contains(ALL);
        assertThat(SettlementVisibility.payoutsFor(Viewer.party("91310000MA1K00008Y", "auditor"), payment(), ALL))
                .contains(ALL);
    }

    private static Viewer operator(Org org) {
        Map<String, Org> hosts = Map.of(CORE, Org.PLATFORM, SUPPLIER1, Org.PLATFORM, BANK, Org.BANK,
                POSTING_BANK, Org.BANK);
        return new Viewer("OPERATOR", Set.of("operator"), org, id -> Optional.ofNullable(hosts.get(id)));
    }

    @Test
    void the_operators_of_the_obligor_and_of_the_posting_bank_see_every_payout() {
        assertThat(SettlementVisibility.payoutsFor(operator(Org.PLATFORM), payment(), ALL)).contains(ALL);
        assertThat(SettlementVisibility.payoutsFor(operator(Org.BANK), payment(), ALL)).contains(ALL);
    }

    @Test
    void an_operator_of_a_payee_only_sees_its_parties_payouts() {
        SettlementView postedByAnotherOrg = payment();
        postedByAnotherOrg.key = new SettlementView.Key("91310000MA1K00000Z", "PAY-1");
        postedByAnotherOrg.obligorId = "91310000MA1K0000Y3";
        assertThat(SettlementVisibility.payoutsFor(operator(Org.PLATFORM), postedByAnotherOrg, ALL))
                .contains(List.of(TO_SUPPLIER));
    }

    @Test
    void an_operator_of_an_organisation_named_nowhere_or_of_none_sees_nothing() {
        assertThat(SettlementVisibility.payoutsFor(operator(Org.SECURITIES), payment(), ALL)).isEmpty();
        assertThat(SettlementVisibility.payoutsFor(operator(null), payment(), ALL)).isEmpty();
    }

    @Test
    void the_bank_that_posted_the_payment_sees_every_payout_though_paid_none() {
        assertThat(SettlementVisibility.payoutsFor(Viewer.party(POSTING_BANK, "financier"), payment(), ALL))
                .contains(ALL);
    }

    @Test
    void a_paid_holder_sees_only_its_own_payouts() {
        assertThat(SettlementVisibility.payoutsFor(Viewer.party(BANK, "financier"), payment(), ALL))
                .contains(List.of(TO_BANK));
    }

    @Test
    void a_party_paid_nothing_does_not_see_the_payment() {
        assertThat(SettlementVisibility.payoutsFor(Viewer.party("91310000MA1K00003F", "supplier"), payment(),
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
