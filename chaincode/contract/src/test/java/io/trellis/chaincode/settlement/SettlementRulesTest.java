package io.trellis.chaincode.settlement;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TIER3;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static io.trellis.chaincode.testing.Vouchers.MATURITY;
import static io.trellis.chaincode.testing.Vouchers.financed;
import static io.trellis.chaincode.testing.Vouchers.voucher;
import static io.trellis.chaincode.testing.Vouchers.withAllocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.voucher.Pledge;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.core.Ids;
import io.trellis.chaincode.settlement.SettlementRules.Settlement;
import io.trellis.chaincode.settlement.SettlementRules.VoucherPayment;
import io.trellis.chaincode.testing.Rejections;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementRulesTest {

    private static PaymentNotice payment(long fen) {
        return new PaymentNotice("PAY-1", CORE, MATURITY, cny(fen), null);
    }

    private static Settlement apply(PaymentNotice notice, List<Voucher> due) {
        return SettlementRules.apply(notice, BANK, SettlementRules.scope(notice), due, "tx9");
    }

    /** The {@code n}-th payout of BANK's PAY-1. */
    private static Payout payout(int n, String voucherId, String holderId, String poolId, long fen) {
        return new Payout(Ids.payout(BANK, "PAY-1", n), voucherId, holderId, poolId, cny(fen));
    }

    @Test
    void after_multi_tier_transfers_each_current_holder_is_paid_its_voucher_exactly() {
        // CV1 was split into 01 (kept by tier 1) and 02; 02 went to tier 2, whose child went on to tier 3;
        // 03 was financed by the bank.
        List<Voucher> due = List.of(
                voucher("CV1-01", TIER1, VoucherStatus.ACTIVE, 400_000_00L, 2),
                voucher("CV1-02-01-01", TIER3, VoucherStatus.ACTIVE, 350_000_00L, 4),
                financed(voucher("CV1-03", TIER2, VoucherStatus.ACTIVE, 250_000_00L, 2), BANK, 9));

        Settlement settlement = apply(payment(1_000_000_00L), due);

        assertThat(settlement.outcome().payouts()).containsExactly(
                payout(1, "CV1-01", TIER1, null, 400_000_00L),
                payout(2, "CV1-02-01-01", TIER3, null, 350_000_00L),
                payout(3, "CV1-03", BANK, null, 250_000_00L));
        assertThat(settlement.outcome().applied()).isEqualTo(cny(1_000_000_00L));
        assertThat(settlement.outcome().unapplied()).isEqualTo(cny(0));
        assertThat(settlement.payments()).allSatisfy(p -> {
            assertThat(p.after().status()).isEqualTo(VoucherStatus.SETTLED);
            assertThat(p.after().outstanding()).isEqualTo(cny(0));
            assertThat(p.after().issuanceAllocation()).isEmpty();
            assertThat(p.after().lineUse()).isNull();
        });
        assertThat(settlement.payments().get(2).lineReleased()).containsExactly(new SlotAmount(9, 250_000_00L));
    }

    @Test
    void a_short_payment_is_shared_pro_rata_to_what_each_voucher_owes() {
        List<Voucher> due = List.of(
                voucher("CV1-03", TIER1, VoucherStatus.ACTIVE, 200_00L, 2),
                withAllocation("CV1-02", TIER2, VoucherStatus.OVERDUE, 300_00L, 2,
                        List.of(new SlotAmount(4, 100_00L), new SlotAmount(5, 200_00L))),
                voucher("CV1-01", TIER1, VoucherStatus.ACTIVE, 500_00L, 2));

        // 650.00 of 1,000.00 due is 65% of each: 325.00, 195.00 and 130.00 exactly.
        Settlement settlement = apply(payment(650_00L), due);

        assertThat(settlement.payments()).extracting(p -> p.before().id()).containsExactly("CV1-01", "CV1-02", "CV1-03");
        VoucherPayment partial = settlement.payments().get(1);
        assertThat(partial.paid()).isEqualTo(cny(195_00L));
        assertThat(partial.after().outstanding()).isEqualTo(cny(105_00L));
        assertThat(partial.after().status()).isEqualTo(VoucherStatus.OVERDUE);
        // The slots still mirror what was paid: the first 195.00 of the allocation is released.
        assertThat(partial.issuanceReleased()).containsExactly(new SlotAmount(4, 100_00L), new SlotAmount(5, 95_00L));
        assertThat(partial.after().issuanceAllocation()).containsExactly(new SlotAmount(5, 105_00L));
        assertThat(settlement.outcome().payouts()).containsExactly(
                payout(1, "CV1-01", TIER1, null, 325_00L),
                payout(2, "CV1-02", TIER2, null, 195_00L),
                payout(3, "CV1-03", TIER1, null, 130_00L));
        assertThat(settlement.payments()).noneMatch(VoucherPayment::settled);
        assertThat(settlement.outcome().unapplied()).isEqualTo(cny(0));
    }

    @Test
    void the_fen_left_by_rounding_go_to_the_largest_fractions_not_the_largest_vouchers() {
        // 7 fen over 6 / 3 / 1 owed: 4.2, 2.1 and 0.7; rounded down 4, 2, 0; the one fen left goes to the 0.7.
        List<Voucher> due = List.of(voucher("CV1-01", TIER1, VoucherStatus.ACTIVE, 6, 2),
                voucher("CV1-02", TIER2, VoucherStatus.ACTIVE, 3, 2), voucher("CV1-03", TIER3, VoucherStatus.ACTIVE, 1, 2));

        assertThat(apply(payment(7), due).outcome().payouts()).extracting(p -> p.amount().minor())
                .containsExactly(4L, 2L, 1L);
    }

    @Test
    void equal_fractions_go_to_the_smaller_voucher_id() {
        // 200 fen over three vouchers of 100: 66.67 each; the two fen left go to -01 and -02.
        List<Voucher> due = List.of(voucher("CV1-03", TIER1, VoucherStatus.ACTIVE, 100, 2),
                voucher("CV1-01", TIER1, VoucherStatus.ACTIVE, 100, 2), voucher("CV1-02", TIER1, VoucherStatus.ACTIVE, 100, 2));

        assertThat(apply(payment(200), due).outcome().payouts()).extracting(Payout::voucherId, p -> p.amount().minor())
                .containsExactly(tuple("CV1-01", 67L), tuple("CV1-02", 67L), tuple("CV1-03", 66L));
    }

    @Test
    void a_voucher_whose_share_rounds_to_nothing_gets_no_payout() {
        // 10 fen over 1,000 and 1 owed: 9.99 and 0.00999; the fen left goes to the larger fraction, so 10 and 0.
        List<Voucher> due = List.of(voucher("CV1-01", TIER1, VoucherStatus.ACTIVE, 1_000, 2),
                voucher("CV1-02", TIER2, VoucherStatus.ACTIVE, 1, 2));

        Settlement settlement = apply(payment(10), due);

        assertThat(settlement.outcome().payouts()).containsExactly(payout(1, "CV1-01", TIER1, null, 10));
        assertThat(settlement.payments()).hasSize(1);
        assertThat(settlement.outcome().applied()).isEqualTo(cny(10));
    }

    @Test
    void a_partly_paid_financed_voucher_keeps_the_unpaid_part_of_its_credit_line() {
        Voucher financedVoucher = financed(voucher("CV1", TIER1, VoucherStatus.ACTIVE, 1_000, 1), BANK, 2);

        VoucherPayment payment = apply(payment(600), List.of(financedVoucher)).payments().get(0);

        assertThat(payment.lineReleased()).containsExactly(new SlotAmount(2, 600));
        assertThat(payment.after().lineUse().allocation()).containsExactly(new SlotAmount(2, 400));
        assertThat(payment.after().status()).isEqualTo(VoucherStatus.FINANCED);
    }

    @Test
    void vouchers_are_paid_by_maturity_then_id_and_spent_ones_are_never_paid() {
        Voucher spent = voucher("CV0", TIER1, VoucherStatus.SPLIT, 100, 1);
        Voucher later = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1);
        Voucher earlier = new Voucher("CV9", "CV9", null, CORE, TIER2, cny(100), cny(100), MATURITY.minusDays(10),
                MATURITY.minusDays(1), 1, VoucherStatus.ACTIVE, List.of(), List.of(), List.of(new SlotAmount(0, 100)),
                null, null, null, "t", 1);

        Settlement settlement = apply(payment(1_000), List.of(spent, later, earlier));

        assertThat(settlement.outcome().payouts()).extracting(Payout::voucherId).containsExactly("CV9", "CV1");
        assertThat(settlement.outcome().applied()).isEqualTo(cny(200));
        assertThat(settlement.outcome().unapplied()).isEqualTo(cny(800));
    }

    @Test
    void a_pooled_voucher_is_paid_to_its_pool() {
        Voucher pooled = new Voucher("CV1", "CV1", null, CORE, TIER1, cny(100), cny(100), MATURITY.minusDays(90), MATURITY,
                1, VoucherStatus.POOLED, List.of(), List.of(), List.of(new SlotAmount(0, 100)), null, null, "POOL-7", "t", 1);

        assertThat(apply(payment(100), List.of(pooled)).outcome().payouts())
                .containsExactly(payout(1, "CV1", TIER1, "POOL-7", 100));
    }

    @Test
    void a_payment_in_another_currency_is_refused() {
        PaymentNotice usd = new PaymentNotice("PAY-1", CORE, MATURITY, Money.of(100, "USD"), null);

        try {
            apply(usd, List.of(voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1)));
            throw new AssertionError("expected a currency mismatch");
        } catch (ChaincodeException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        }
    }

    @Test
    void a_payment_naming_a_root_voucher_pays_only_that_tree_at_the_roots_maturity() {
        Voucher root = voucher("CV1", TIER1, VoucherStatus.SPLIT, 300, 1);
        List<Voucher> due = List.of(voucher("CV1-01", TIER1, VoucherStatus.ACTIVE, 100, 2),
                voucher("CV2", TIER2, VoucherStatus.ACTIVE, 500, 1),
                voucher("CV1-02", TIER2, VoucherStatus.ACTIVE, 200, 2));
        PaymentNotice notice = new PaymentNotice("PAY-1", CORE, null, cny(1_000), "CV1");

        SettlementRules.Scope scope = SettlementRules.scope(notice, root);
        Settlement settlement = SettlementRules.apply(notice, BANK, scope, due, "tx9");

        assertThat(scope).isEqualTo(new SettlementRules.Scope(MATURITY, "CV1"));
        assertThat(settlement.outcome().payouts()).containsExactly(
                payout(1, "CV1-01", TIER1, null, 100), payout(2, "CV1-02", TIER2, null, 200));
        assertThat(settlement.outcome().unapplied()).isEqualTo(cny(700));
    }

    @Test
    void a_payment_may_name_only_a_root_voucher_of_its_obligor_at_its_own_maturity() {
        Voucher root = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1);
        Voucher child = voucher("CV1-01", TIER1, VoucherStatus.ACTIVE, 100, 2);

        assertThat(Rejections.codeOf(() -> SettlementRules.scope(
                new PaymentNotice("PAY-1", CORE, null, cny(100), "CV1-01"), child))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(Rejections.codeOf(() -> SettlementRules.scope(
                new PaymentNotice("PAY-1", TIER2, null, cny(100), "CV1"), root))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(Rejections.codeOf(() -> SettlementRules.scope(
                new PaymentNotice("PAY-1", CORE, MATURITY.plusDays(1), cny(100), "CV1"), root)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(SettlementRules.scope(new PaymentNotice("PAY-1", CORE, MATURITY, cny(100), "CV1"), root).rootId())
                .isEqualTo("CV1");
    }

    @Test
    void a_notice_without_a_voucher_needs_a_maturity_date() {
        assertThat(Rejections.codeOf(() -> SettlementRules.validate(new PaymentNotice("PAY-1", CORE, null, cny(1), null))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(Rejections.codeOf(() -> SettlementRules.validate(new PaymentNotice("PAY-1", CORE, null, cny(1), "CV1"))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT); // not a voucher id's shape
    }

    @Test
    void payout_ids_are_derived_from_bank_and_payment_so_two_banks_never_share_one() {
        String first = Ids.payout(BANK, "PAY-1", 1);

        assertThat(first).matches("PO[0-9A-F]{20}-01");
        assertThat(first).isEqualTo("PO" + ScfWorld.hash(BANK + "|PAY-1").substring(0, 20).toUpperCase() + "-01");
        assertThat(Ids.payout(ScfWorld.BANK2, "PAY-1", 1)).isNotEqualTo(first);
        assertThat(Ids.payout(BANK, "PAY-1", 12)).endsWith("-12");
    }

    @Test
    void a_pledge_shrinks_by_what_its_tree_was_paid() {
        Pledge pledge = new Pledge("CV1", List.of("a".repeat(64)), cny(1_000));

        assertThat(SettlementRules.reduce(pledge, cny(400)).outstanding()).isEqualTo(cny(600));
        assertThat(SettlementRules.reduce(pledge, cny(1_000)).outstanding().isZero()).isTrue();
    }
}
