package io.trellis.chaincode.voucher;

import static io.trellis.chaincode.testing.Rejections.codeOf;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static io.trellis.chaincode.testing.Vouchers.MATURITY;
import static io.trellis.chaincode.testing.Vouchers.voucher;
import static io.trellis.chaincode.testing.Vouchers.withAllocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.EnumPairs;
import io.trellis.chaincode.testing.ScfWorld;
import io.trellis.chaincode.testing.Vouchers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class VoucherRulesTest {
    private static final LocalDate TODAY = ScfWorld.TODAY;
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final int TIER_LIMIT = 10;

    /** The voucher state machine of docs/domain.md, restated independently of the rules under test. */
    private static final Map<VoucherStatus, Set<VoucherStatus>> ALLOWED = Map.of(
            VoucherStatus.ISSUED, EnumSet.of(VoucherStatus.ACTIVE, VoucherStatus.REJECTED),
            VoucherStatus.ACTIVE, EnumSet.of(VoucherStatus.SPLIT, VoucherStatus.TRANSFERRED, VoucherStatus.FINANCING,
                    VoucherStatus.POOLED, VoucherStatus.SETTLED, VoucherStatus.OVERDUE),
            VoucherStatus.FINANCING, EnumSet.of(VoucherStatus.ACTIVE, VoucherStatus.FINANCED, VoucherStatus.SETTLED),
            VoucherStatus.FINANCED, EnumSet.of(VoucherStatus.POOLED, VoucherStatus.SETTLED, VoucherStatus.OVERDUE),
            VoucherStatus.POOLED, EnumSet.of(VoucherStatus.ACTIVE, VoucherStatus.FINANCED, VoucherStatus.SETTLED,
                    VoucherStatus.OVERDUE),
            VoucherStatus.OVERDUE, EnumSet.of(VoucherStatus.SETTLED));

    static Stream<Arguments> everyMove() {
        return EnumPairs.of(VoucherStatus.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void only_the_documented_moves_are_allowed_every_other_is_a_state_conflict(VoucherStatus from, VoucherStatus to) {
        boolean allowed = ALLOWED.getOrDefault(from, Set.of()).contains(to);

        assertThat(VoucherRules.MOVES.allows(from, to)).isEqualTo(allowed);
        assertThat(codeOf(() -> VoucherRules.requireMove(voucher("CV1", TIER1, from, 100, 1), to)))
                .isEqualTo(allowed ? null : ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @Test
    void a_split_conserves_the_amount_to_the_fen_and_shares_the_issuance_allocation_in_order() {
        Voucher parent = withAllocation("CV1", TIER1, VoucherStatus.ACTIVE, 10_000_000, 1,
                List.of(new SlotAmount(5, 6_000_000), new SlotAmount(6, 4_000_000)));

        VoucherRules.Spent spent = VoucherRules.split(parent, TIER1,
                List.of(cny(3_333_333), cny(3_333_333), cny(3_333_334)), TIER_LIMIT, TODAY, NOW);

        assertThat(spent.children()).extracting(Voucher::amount)
                .containsExactly(cny(3_333_333), cny(3_333_333), cny(3_333_334));
        assertThat(spent.children().stream().mapToLong(v -> v.amount().minor()).sum()).isEqualTo(10_000_000);
        assertThat(spent.children()).extracting(Voucher::issuanceAllocation).containsExactly(
                List.of(new SlotAmount(5, 3_333_333)),
                List.of(new SlotAmount(5, 2_666_667), new SlotAmount(6, 666_666)),
                List.of(new SlotAmount(6, 3_333_334)));
        assertThat(spent.children()).allSatisfy(child -> {
            assertThat(child.rootId()).isEqualTo("CV1");
            assertThat(child.parentId()).isEqualTo("CV1");
            assertThat(child.obligorId()).isEqualTo(CORE);
            assertThat(child.maturityDate()).isEqualTo(MATURITY);
            assertThat(child.holderId()).isEqualTo(TIER1);
            assertThat(child.tier()).isEqualTo(2);
            assertThat(child.status()).isEqualTo(VoucherStatus.ACTIVE);
        });
        assertThat(spent.children()).extracting(Voucher::id).containsExactly("CV1-01", "CV1-02", "CV1-03");
        assertThat(spent.parent().status()).isEqualTo(VoucherStatus.SPLIT);
        assertThat(spent.parent().childIds()).containsExactly("CV1-01", "CV1-02", "CV1-03");
        assertThat(spent.parent().issuanceAllocation()).isEmpty();
    }

    @Test
    void parts_one_fen_short_or_over_are_not_conserved() {
        Voucher parent = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 10_000_000, 1);

        assertThat(codeOf(() -> VoucherRules.split(parent, TIER1, List.of(cny(5_000_000), cny(4_999_999)), TIER_LIMIT,
                TODAY, NOW))).isEqualTo(ErrorCode.SPLIT_NOT_CONSERVED);
        assertThat(codeOf(() -> VoucherRules.split(parent, TIER1, List.of(cny(5_000_000), cny(5_000_001)), TIER_LIMIT,
                TODAY, NOW))).isEqualTo(ErrorCode.SPLIT_NOT_CONSERVED);
    }

    @Test
    void every_part_is_positive_and_a_split_has_at_least_two() {
        Voucher parent = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1);

        assertThat(codeOf(() -> VoucherRules.split(parent, TIER1, List.of(cny(100), cny(0)), TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> VoucherRules.split(parent, TIER1, List.of(cny(150), cny(-50)), TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> VoucherRules.split(parent, TIER1, List.of(cny(100)), TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> VoucherRules.split(parent, TIER1, List.of(cny(50), Money.of(50, "USD")), TIER_LIMIT,
                TODAY, NOW))).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void a_child_may_reach_the_tier_limit_but_never_pass_it() {
        Voucher atNine = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 9);
        Voucher atTen = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 10);

        assertThat(VoucherRules.transfer(atNine, TIER1, TIER2, TIER_LIMIT, TODAY, NOW).children().get(0).tier())
                .isEqualTo(10);
        assertThat(codeOf(() -> VoucherRules.transfer(atTen, TIER1, TIER2, TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.TIER_LIMIT_EXCEEDED);
        assertThat(codeOf(() -> VoucherRules.split(atTen, TIER1, List.of(cny(50), cny(50)), TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.TIER_LIMIT_EXCEEDED);
        assertThat(codeOf(() -> VoucherRules.transfer(atNine, TIER1, TIER2, 9, TODAY, NOW)))
                .isEqualTo(ErrorCode.TIER_LIMIT_EXCEEDED);
    }

    @Test
    void a_transfer_gives_the_whole_voucher_and_its_allocation_to_the_recipient_one_tier_down() {
        Voucher parent = withAllocation("CV1-02", TIER1, VoucherStatus.ACTIVE, 300, 2,
                List.of(new SlotAmount(3, 100), new SlotAmount(4, 200)));

        VoucherRules.Spent spent = VoucherRules.transfer(parent, TIER1, TIER2, TIER_LIMIT, TODAY, NOW);

        Voucher child = spent.children().get(0);
        assertThat(child.id()).isEqualTo("CV1-02-01");
        assertThat(child.parentId()).isEqualTo("CV1-02");
        assertThat(child.rootId()).isEqualTo("CV1");
        assertThat(child.holderId()).isEqualTo(TIER2);
        assertThat(child.amount()).isEqualTo(cny(300));
        assertThat(child.tier()).isEqualTo(3);
        assertThat(child.issuanceAllocation()).isEqualTo(parent.issuanceAllocation());
        assertThat(spent.parent().status()).isEqualTo(VoucherStatus.TRANSFERRED);
    }

    @ParameterizedTest
    @EnumSource(value = VoucherStatus.class, names = {"FINANCING", "FINANCED", "POOLED", "SETTLED", "OVERDUE",
            "SPLIT", "TRANSFERRED", "ISSUED", "REJECTED"})
    void a_voucher_that_is_not_active_can_be_neither_split_nor_transferred(VoucherStatus status) {
        Voucher locked = voucher("CV1", TIER1, status, 100, 1);

        assertThat(codeOf(() -> VoucherRules.split(locked, TIER1, List.of(cny(50), cny(50)), TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
        assertThat(codeOf(() -> VoucherRules.transfer(locked, TIER1, TIER2, TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @ParameterizedTest
    @EnumSource(value = VoucherStatus.class, names = {"FINANCING", "POOLED"})
    void accepting_never_unlocks_a_voucher_that_is_financing_or_pooled(VoucherStatus status) {
        assertThat(codeOf(() -> VoucherRules.accept(voucher("CV1", TIER1, status, 100, 1), TIER1)))
                .isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @Test
    void pooling_locks_the_voucher_with_the_manager_and_release_gives_it_back_as_it_was() {
        Voucher financed = Vouchers.financed(voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1), BANK, 3);

        Voucher pooled = VoucherRules.pool(financed, "AP1", ScfWorld.SECURITIES);
        Voucher released = VoucherRules.release(pooled, "AP1", VoucherStatus.FINANCED, BANK);

        assertThat(pooled.status()).isEqualTo(VoucherStatus.POOLED);
        assertThat(pooled.holderId()).isEqualTo(ScfWorld.SECURITIES);
        assertThat(pooled.poolId()).isEqualTo("AP1");
        assertThat(pooled.lineUse()).isEqualTo(financed.lineUse());
        assertThat(released.status()).isEqualTo(VoucherStatus.FINANCED);
        assertThat(released.holderId()).isEqualTo(BANK);
        assertThat(released.poolId()).isNull();
        assertThat(codeOf(() -> VoucherRules.release(pooled, "AP2", VoucherStatus.FINANCED, BANK)))
                .isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
        assertThat(codeOf(() -> VoucherRules.pool(voucher("CV2", TIER1, VoucherStatus.FINANCING, 100, 1), "AP1",
                ScfWorld.SECURITIES))).isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @Test
    void only_the_holder_splits_transfers_accepts_or_rejects() {
        Voucher active = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1);
        Voucher issued = voucher("CV1", TIER1, VoucherStatus.ISSUED, 100, 1);

        assertThat(codeOf(() -> VoucherRules.split(active, TIER2, List.of(cny(50), cny(50)), TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> VoucherRules.transfer(active, TIER2, TIER2, TIER_LIMIT, TODAY, NOW)))
                .isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> VoucherRules.accept(issued, TIER2))).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> VoucherRules.reject(issued, TIER2))).isEqualTo(ErrorCode.NOT_ALLOWED);
    }

    @Test
    void from_its_maturity_date_on_a_voucher_is_neither_split_nor_transferred() {
        Voucher active = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1);

        assertThat(codeOf(() -> VoucherRules.transfer(active, TIER1, TIER2, TIER_LIMIT, MATURITY, NOW)))
                .isEqualTo(ErrorCode.VOUCHER_MATURED);
        assertThat(codeOf(() -> VoucherRules.split(active, TIER1, List.of(cny(50), cny(50)), TIER_LIMIT,
                MATURITY.minusDays(1), NOW))).isNull();
    }

    @Test
    void an_unpaid_voucher_becomes_overdue_only_once_the_grace_after_maturity_has_passed() {
        Voucher financed = voucher("CV1", BANK, VoucherStatus.FINANCED, 100, 1);

        assertThat(codeOf(() -> VoucherRules.markOverdue(financed, MATURITY.plusDays(3), 3)))
                .isEqualTo(ErrorCode.VOUCHER_NOT_MATURE);
        assertThat(VoucherRules.markOverdue(financed, MATURITY.plusDays(4), 3).status()).isEqualTo(VoucherStatus.OVERDUE);
        assertThat(codeOf(() -> VoucherRules.markOverdue(financed, MATURITY, 0))).isEqualTo(ErrorCode.VOUCHER_NOT_MATURE);
        assertThat(VoucherRules.markOverdue(financed, MATURITY.plusDays(1), 0).status()).isEqualTo(VoucherStatus.OVERDUE);
        assertThat(codeOf(() -> VoucherRules.markOverdue(voucher("CV1", TIER1, VoucherStatus.SETTLED, 100, 1),
                MATURITY.plusDays(4), 3))).isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @Test
    void the_refusal_names_the_first_day_the_voucher_may_be_marked() {
        Voucher active = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1);

        assertThatThrownBy(() -> VoucherRules.markOverdue(active, MATURITY.plusDays(1), 3))
                .hasMessageContaining("from " + MATURITY.plusDays(4));
    }

    private static Invoice invoice(String id, String seller, String buyer, long fen, InvoiceStatus status) {
        return new Invoice(id, seller, buyer, "3100261130", "00000001", cny(fen), TODAY, "0".repeat(64), status, null,
                null, "2026-03-01T00:00:00Z", 1);
    }

    private static IssueVoucherRequest request(long fen, LocalDate maturity) {
        return new IssueVoucherRequest(TIER1, cny(fen), maturity, List.of("a".repeat(64), "b".repeat(64)));
    }

    @Test
    void a_voucher_may_be_issued_up_to_exactly_its_invoices_total_and_pledges_them() {
        List<Invoice> invoices = List.of(invoice("a".repeat(64), TIER1, CORE, 600, InvoiceStatus.CONFIRMED),
                invoice("b".repeat(64), TIER1, CORE, 400, InvoiceStatus.CONFIRMED));

        VoucherRules.Issue issue = VoucherRules.issue(request(1_000, MATURITY), "CV1", CORE, invoices, TODAY, NOW);

        assertThat(issue.voucher().status()).isEqualTo(VoucherStatus.ISSUED);
        assertThat(issue.voucher().tier()).isEqualTo(1);
        assertThat(issue.voucher().holderId()).isEqualTo(TIER1);
        assertThat(issue.pledgedInvoices()).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(InvoiceStatus.PLEDGED);
            assertThat(i.voucherId()).isEqualTo("CV1");
        });
        assertThat(issue.pledge().outstanding()).isEqualTo(cny(1_000));
        assertThat(codeOf(() -> VoucherRules.issue(request(1_001, MATURITY), "CV1", CORE, invoices, TODAY, NOW)))
                .isEqualTo(ErrorCode.VOUCHER_EXCEEDS_INVOICES);
    }

    @Test
    void issuing_needs_a_maturity_after_today_and_confirmed_unpledged_invoices_between_the_two_parties() {
        List<Invoice> confirmed = List.of(invoice("a".repeat(64), TIER1, CORE, 600, InvoiceStatus.CONFIRMED),
                invoice("b".repeat(64), TIER1, CORE, 400, InvoiceStatus.CONFIRMED));
        List<Invoice> otherSeller = List.of(invoice("a".repeat(64), TIER2, CORE, 600, InvoiceStatus.CONFIRMED),
                confirmed.get(1));
        List<Invoice> pledged = List.of(invoice("a".repeat(64), TIER1, CORE, 600, InvoiceStatus.PLEDGED), confirmed.get(1));
        List<Invoice> unconfirmed = List.of(invoice("a".repeat(64), TIER1, CORE, 600, InvoiceStatus.REGISTERED),
                confirmed.get(1));

        assertThat(codeOf(() -> VoucherRules.issue(request(100, TODAY), "CV1", CORE, confirmed, TODAY, NOW)))
                .isEqualTo(ErrorCode.INVALID_MATURITY);
        assertThat(codeOf(() -> VoucherRules.issue(request(100, MATURITY), "CV1", CORE, otherSeller, TODAY, NOW)))
                .isEqualTo(ErrorCode.INVOICE_PARTY_MISMATCH);
        assertThat(codeOf(() -> VoucherRules.issue(request(100, MATURITY), "CV1", CORE, pledged, TODAY, NOW)))
                .isEqualTo(ErrorCode.INVOICE_ALREADY_PLEDGED);
        assertThat(codeOf(() -> VoucherRules.issue(request(100, MATURITY), "CV1", CORE, unconfirmed, TODAY, NOW)))
                .isEqualTo(ErrorCode.INVOICE_STATE_CONFLICT);
    }

    @Test
    void a_voucher_matures_within_a_year_of_its_issue() {
        List<Invoice> confirmed = List.of(invoice("a".repeat(64), TIER1, CORE, 600, InvoiceStatus.CONFIRMED));

        assertThat(VoucherRules.issue(request(100, TODAY.plusYears(1)), "CV1", CORE, confirmed, TODAY, NOW).voucher()
                .maturityDate()).isEqualTo(TODAY.plusYears(1));
        assertThat(codeOf(() -> VoucherRules.issue(request(100, TODAY.plusYears(1).plusDays(1)), "CV1", CORE, confirmed,
                TODAY, NOW))).isEqualTo(ErrorCode.INVALID_MATURITY);
        assertThat(codeOf(() -> VoucherRules.issue(request(100, LocalDate.of(999_999_999, 12, 31)), "CV1", CORE,
                confirmed, TODAY, NOW))).isEqualTo(ErrorCode.INVALID_MATURITY);
    }

    @Test
    void a_rejected_voucher_holds_no_issuance_allocation() {
        Voucher rejected = VoucherRules.reject(voucher("CV1", TIER1, VoucherStatus.ISSUED, 100, 1), TIER1);

        assertThat(rejected.status()).isEqualTo(VoucherStatus.REJECTED);
        assertThat(rejected.issuanceAllocation()).isEmpty();
    }
}
