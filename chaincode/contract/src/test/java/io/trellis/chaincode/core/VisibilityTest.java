package io.trellis.chaincode.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pure rule, without a ledger: who a reader speaks for, and the partial views. */
class VisibilityTest {
    private static final String CORE = "91310000MA1K000019";
    private static final String SUPPLIER = "91310000MA1K00002C";
    private static final String BANK = "91110000MA1K000045";
    private static final String AUDITOR = "91310000MA1K00008Y";
    /** The bank that posted PAYMENT: not hosted in HOSTS, so no operator speaks for it. */
    private static final String POSTING_BANK = "91110000MA1K00009L";
    private static final Map<String, Org> HOSTS = Map.of(CORE, Org.PLATFORM, SUPPLIER, Org.PLATFORM, BANK, Org.BANK);

    private static Viewer party(String id, PartyRole role) {
        return Viewer.party(new Party(id, "Party " + id, List.of(role), HOSTS.getOrDefault(id, Org.PLATFORM),
                KycStatus.APPROVED, null, "2026-03-02T08:00:00Z", "op", 2));
    }

    private static Viewer operator(Org org) {
        return Viewer.operator(org, id -> Optional.ofNullable(HOSTS.get(id)));
    }

    private static final SettlementOutcome PAYMENT = new SettlementOutcome(
            new PaymentNotice("PAY-1", CORE, LocalDate.of(2026, 9, 1), Money.of(1_000, "CNY"), null), POSTING_BANK,
            Money.of(1_000, "CNY"), Money.of(0, "CNY"),
            List.of(new Payout("PO1-01", "CV1-01", SUPPLIER, null, Money.of(600, "CNY")),
                    new Payout("PO1-02", "CV1-02", BANK, null, Money.of(400, "CNY"))),
            "tx1", false);

    @Test
    void an_operator_speaks_for_the_parties_its_organisation_hosts_and_for_no_other() {
        assertThat(operator(Org.PLATFORM).speaksFor(CORE)).isTrue();
        assertThat(operator(Org.BANK).speaksFor(CORE)).isFalse();
        assertThat(operator(Org.BANK).speaksFor(BANK)).isTrue();
        assertThat(operator(Org.BANK).speaksFor("91310000MA1K000092")).as("an unknown party").isFalse();
        assertThat(operator(Org.PLATFORM).seesAll()).isFalse();
        assertThat(operator(Org.PLATFORM).is(CORE)).as("an operator is not the party").isFalse();
    }

    @Test
    void the_credit_line_is_for_its_financier_and_obligor_and_their_operators() {
        assertThat(Visibility.creditLine(party(BANK, PartyRole.FINANCIER), BANK, CORE)).isTrue();
        assertThat(Visibility.creditLine(party(CORE, PartyRole.CORE_ENTERPRISE), BANK, CORE)).isTrue();
        assertThat(Visibility.creditLine(party("91110000MA1K000058", PartyRole.FINANCIER), BANK, CORE)).isFalse();
        assertThat(Visibility.creditLine(operator(Org.SECURITIES), BANK, CORE)).isFalse();
        assertThat(Visibility.issuanceLimit(party(BANK, PartyRole.FINANCIER), CORE)).isFalse();
    }

    @Test
    void a_payee_and_its_operator_see_the_payment_with_only_their_own_payouts() {
        assertThat(Visibility.settlement(party(BANK, PartyRole.FINANCIER), PAYMENT).orElseThrow().payouts())
                .extracting(Payout::holderId).containsExactly(BANK);
        assertThat(Visibility.settlement(operator(Org.BANK), PAYMENT).orElseThrow().payouts())
                .extracting(Payout::holderId).containsExactly(BANK);
        assertThat(Visibility.settlement(operator(Org.PLATFORM), PAYMENT)).contains(PAYMENT);
        assertThat(Visibility.settlement(party(AUDITOR, PartyRole.AUDITOR), PAYMENT)).contains(PAYMENT);
        assertThat(Visibility.settlement(operator(Org.SECURITIES), PAYMENT)).isEmpty();
        assertThat(Visibility.settlementSight(party(SUPPLIER, PartyRole.SUPPLIER), PAYMENT))
                .isEqualTo(Visibility.Sight.PART);
    }

    @Test
    void the_bank_that_posted_a_payment_sees_it_whole() {
        assertThat(Visibility.settlement(party(POSTING_BANK, PartyRole.FINANCIER), PAYMENT)).contains(PAYMENT);
    }

    @Test
    void another_holders_list_is_refused_unless_a_core_narrows_it_to_what_it_owes() {
        assertThatThrownBy(() -> Visibility.vouchersHeldBy(party(BANK, PartyRole.FINANCIER), SUPPLIER))
                .isInstanceOfSatisfying(ChaincodeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ALLOWED));
        assertThatThrownBy(() -> Visibility.vouchersHeldBy(operator(Org.BANK), SUPPLIER))
                .isInstanceOf(ChaincodeException.class);
        Visibility.vouchersHeldBy(operator(Org.PLATFORM), SUPPLIER);
        Visibility.vouchersHeldBy(party(CORE, PartyRole.CORE_ENTERPRISE), SUPPLIER);
    }
}
