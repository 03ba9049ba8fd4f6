package io.trellis.abs.rules;

import static io.trellis.abs.rules.AbsFixtures.HASH;
import static io.trellis.abs.rules.AbsFixtures.ISSUE;
import static io.trellis.abs.rules.AbsFixtures.P1;
import static io.trellis.abs.rules.AbsFixtures.P2;
import static io.trellis.abs.rules.AbsFixtures.P3;
import static io.trellis.abs.rules.AbsFixtures.P4;
import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.abs.rules.AbsFixtures.holdings;
import static io.trellis.chaincode.api.abs.PayoutKind.INTEREST;
import static io.trellis.chaincode.api.abs.PayoutKind.PRINCIPAL;
import static io.trellis.chaincode.api.abs.PayoutKind.RESIDUAL;
import static io.trellis.chaincode.api.abs.TrancheClass.MEZZANINE;
import static io.trellis.chaincode.api.abs.TrancheClass.SENIOR;
import static io.trellis.chaincode.api.abs.TrancheClass.SUBORDINATED;
import static io.trellis.chaincode.api.abs.WaterfallStep.FEES;
import static io.trellis.chaincode.api.abs.WaterfallStep.MEZZANINE_INTEREST;
import static io.trellis.chaincode.api.abs.WaterfallStep.MEZZANINE_PRINCIPAL;
import static io.trellis.chaincode.api.abs.WaterfallStep.SENIOR_INTEREST;
import static io.trellis.chaincode.api.abs.WaterfallStep.SENIOR_PRINCIPAL;
import static io.trellis.chaincode.api.abs.WaterfallStep.SUBORDINATED_PRINCIPAL;
import static io.trellis.chaincode.api.abs.WaterfallStep.SUBORDINATED_RESIDUAL;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Distribution;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.PaymentPeriod;
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.WaterfallState;
import io.trellis.chaincode.api.abs.WaterfallStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example deal of docs/abs.md over four payment dates (see {@link AbsFixtures#deal()}). Interest is
 * outstanding x coupon bp x days / 3,650,000, half-up; shares within a tranche are rounded down and the fen left
 * over go one each to the largest holdings, ties to the smaller investor id.
 */
class WaterfallTest {
    private static final DealStructure DEAL = DealStructureRules.validate(AbsFixtures.deal());

    private static Distribution run(WaterfallState state, LocalDate date, long collected, long defaulted) {
        return Waterfall.distribute(DEAL, holdings(), state, new PaymentPeriod(date, cny(collected), cny(defaulted), HASH));
    }

    /** Collections 300,000.00, no defaults. */
    private static Distribution period1() {
        return run(Waterfall.initialState(DEAL, cny(0)), P1, 30_000_000, 0);
    }

    /** Collections 7,000.00, cumulative defaults 30,000.00 (3.00%, under the 5.00% trigger). */
    private static Distribution period2() {
        return run(period1().state(), P2, 700_000, 3_000_000);
    }

    /** Collections 420,000.00, cumulative defaults 60,000.00 (6.00%): the trigger hits. */
    private static Distribution period3() {
        return run(period2().state(), P3, 42_000_000, 6_000_000);
    }

    /** Collections 300,000.00; recoveries bring defaults back to 40,000.00, but the trigger stays hit. */
    private static Distribution period4() {
        return run(period3().state(), P4, 30_000_000, 4_000_000);
    }

    private static StepAmount step(WaterfallStep step, long fen) {
        return new StepAmount(step, cny(fen));
    }

    private static PayoutInstruction pay(String investor, TrancheClass tranche, PayoutKind kind, long fen) {
        return new PayoutInstruction(investor, tranche, kind, cny(fen));
    }

    private static TrancheBalance balance(TrancheClass tranche, long outstanding, long arrears) {
        return new TrancheBalance(tranche, cny(outstanding), cny(arrears));
    }

    @Test
    void period_1_pays_fees_and_interest_then_sweeps_the_rest_into_senior_principal() {
        // Senior interest, 90 days: 70,000,000 x 400 x 90 / 3,650,000 = 690,410.96 -> 690,411.
        // Mezzanine interest:        15,000,000 x 600 x 90 / 3,650,000 = 221,917.81 -> 221,918.
        // Cash 30,000,000: fees 200,000 -> 29,800,000; senior interest -> 29,109,589; mezzanine interest
        // -> 28,887,671, all of it senior principal (senior owes 70,000,000). Senior left: 41,112,329.
        ServicerReport report = period1().report();

        assertThat(report.periodStart()).isEqualTo(ISSUE);
        assertThat(report.triggerHit()).isFalse();
        assertThat(report.steps()).containsExactly(
                step(FEES, 200_000),
                step(SENIOR_INTEREST, 690_411),
                step(MEZZANINE_INTEREST, 221_918),
                step(SENIOR_PRINCIPAL, 28_887_671),
                step(MEZZANINE_PRINCIPAL, 0),
                step(SUBORDINATED_PRINCIPAL, 0),
                step(SUBORDINATED_RESIDUAL, 0));
        assertThat(report.tranches()).containsExactly(
                balance(SENIOR, 41_112_329, 0),
                balance(MEZZANINE, 15_000_000, 0),
                balance(SUBORDINATED, 10_000_000, 0));
        assertThat(report.carriedOut()).isEqualTo(cny(0));
        assertThat(report.documentHash()).isEqualTo(HASH);
    }

    @Test
    void period_1_shares_each_payment_by_units_with_left_over_fen_to_the_largest_holdings() {
        // Senior interest 690,411 over A 3,000 / B 3,000 / C 1,000 units:
        //   x 3/7 = 295,890.43 -> 295,890 (A, B); x 1/7 = 98,630.14 -> 98,630 (C); given 690,410, 1 fen left:
        //   A and B are the largest holdings, tied, so it goes to A (smaller id): A 295,891.
        // Mezzanine interest 221,918 over C 1,000 / D 500: x 2/3 = 147,945.33 -> 147,945; x 1/3 = 73,972.67
        //   -> 73,972; 1 fen left goes to C, the largest: C 147,946.
        // Senior principal 28,887,671: x 3/7 = 12,380,430.43 -> 12,380,430; x 1/7 = 4,126,810.14 -> 4,126,810;
        //   1 fen left goes to A: A 12,380,431.
        assertThat(period1().payouts()).containsExactly(
                pay("INV-A", SENIOR, INTEREST, 295_891),
                pay("INV-B", SENIOR, INTEREST, 295_890),
                pay("INV-C", SENIOR, INTEREST, 98_630),
                pay("INV-C", MEZZANINE, INTEREST, 147_946),
                pay("INV-D", MEZZANINE, INTEREST, 73_972),
                pay("INV-A", SENIOR, PRINCIPAL, 12_380_431),
                pay("INV-B", SENIOR, PRINCIPAL, 12_380_430),
                pay("INV-C", SENIOR, PRINCIPAL, 4_126_810));
    }

    @Test
    void period_2_pays_mezzanine_interest_in_part_and_carries_the_rest_as_arrears() {
        // Defaults 3,000,000 x 10,000 = 3.0e10 <= 500 x 100,000,000 = 5.0e10: no trigger.
        // Senior interest, 91 days: 41,112,329 x 400 x 91 / 3,650,000 = 409,996.93 -> 409,997.
        // Mezzanine interest:        15,000,000 x 600 x 91 / 3,650,000 = 224,383.56 -> 224,384.
        // Cash 700,000: fees 200,000 -> 500,000; senior interest -> 90,003; mezzanine gets 90,003 of 224,384,
        // arrears 224,384 - 90,003 = 134,381; nothing left for principal.
        Distribution period2 = period2();

        assertThat(period2.report().triggerHit()).isFalse();
        assertThat(period2.report().periodStart()).isEqualTo(P1);
        assertThat(period2.report().steps()).containsExactly(
                step(FEES, 200_000),
                step(SENIOR_INTEREST, 409_997),
                step(MEZZANINE_INTEREST, 90_003),
                step(SENIOR_PRINCIPAL, 0),
                step(MEZZANINE_PRINCIPAL, 0),
                step(SUBORDINATED_PRINCIPAL, 0),
                step(SUBORDINATED_RESIDUAL, 0));
        assertThat(period2.report().tranches()).containsExactly(
                balance(SENIOR, 41_112_329, 0),
                balance(MEZZANINE, 15_000_000, 134_381),
                balance(SUBORDINATED, 10_000_000, 0));
        // 409,997 = 7 x 58,571, so senior interest splits exactly: A, B 175,713; C 58,571.
        // 90,003 = 3 x 30,001: C 60,002, D 30,001.
        assertThat(period2.payouts()).containsExactly(
                pay("INV-A", SENIOR, INTEREST, 175_713),
                pay("INV-B", SENIOR, INTEREST, 175_713),
                pay("INV-C", SENIOR, INTEREST, 58_571),
                pay("INV-C", MEZZANINE, INTEREST, 60_002),
                pay("INV-D", MEZZANINE, INTEREST, 30_001));
    }

    @Test
    void period_3_hits_the_trigger_and_pays_senior_principal_before_mezzanine_interest() {
        // Defaults 6,000,000 x 10,000 = 6.0e10 > 5.0e10: the trigger hits, accelerated order.
        // Senior interest, 92 days: 41,112,329 x 400 x 92 / 3,650,000 = 414,502.39 -> 414,502.
        // Mezzanine: arrears 134,381 + 15,000,000 x 600 x 92 / 3,650,000 (226,849.32 -> 226,849) = 361,230.
        // Cash 42,000,000: fees 200,000 -> 41,800,000; senior interest -> 41,385,498; senior principal repaid in
        // full, 41,112,329 -> 273,169; mezzanine interest 273,169 of 361,230, arrears 88,061.
        // (In normal order mezzanine would have had all 361,230 first, leaving senior 88,061 unpaid.)
        Distribution period3 = period3();

        assertThat(period3.report().triggerHit()).isTrue();
        assertThat(period3.report().steps()).containsExactly(
                step(FEES, 200_000),
                step(SENIOR_INTEREST, 414_502),
                step(SENIOR_PRINCIPAL, 41_112_329),
                step(MEZZANINE_INTEREST, 273_169),
                step(MEZZANINE_PRINCIPAL, 0),
                step(SUBORDINATED_PRINCIPAL, 0),
                step(SUBORDINATED_RESIDUAL, 0));
        assertThat(period3.report().tranches()).containsExactly(
                balance(SENIOR, 0, 0),
                balance(MEZZANINE, 15_000_000, 88_061),
                balance(SUBORDINATED, 10_000_000, 0));
        assertThat(period3.state().triggerHit()).isTrue();
        // Senior interest 414,502: x 3/7 = 177,643.71 -> 177,643; x 1/7 = 59,214.57 -> 59,214; 2 fen left, one
        //   each to A and B: 177,644, 177,644, 59,214.
        // Senior principal 41,112,329: x 3/7 = 17,619,569.57 -> 17,619,569; x 1/7 = 5,873,189.86 -> 5,873,189;
        //   2 fen left to A and B: 17,619,570, 17,619,570, 5,873,189.
        // Mezzanine interest 273,169: x 2/3 = 182,112.67 -> 182,112; x 1/3 = 91,056.33 -> 91,056; 1 fen to C.
        assertThat(period3.payouts()).containsExactly(
                pay("INV-A", SENIOR, INTEREST, 177_644),
                pay("INV-B", SENIOR, INTEREST, 177_644),
                pay("INV-C", SENIOR, INTEREST, 59_214),
                pay("INV-A", SENIOR, PRINCIPAL, 17_619_570),
                pay("INV-B", SENIOR, PRINCIPAL, 17_619_570),
                pay("INV-C", SENIOR, PRINCIPAL, 5_873_189),
                pay("INV-C", MEZZANINE, INTEREST, 182_113),
                pay("INV-D", MEZZANINE, INTEREST, 91_056));
    }

    @Test
    void period_4_keeps_the_trigger_repays_every_tranche_and_pays_the_residual_to_subordinated_holders() {
        // Defaults fell to 40,000.00, under the threshold, but the trigger stays hit.
        // Senior owes nothing. Mezzanine: arrears 88,061 + 226,849 (92 days, as in period 3) = 314,910.
        // Cash 30,000,000: fees -> 29,800,000; mezzanine interest 314,910 -> 29,485,090; mezzanine principal
        // 15,000,000 -> 14,485,090; subordinated principal 10,000,000 -> 4,485,090, all of it residual.
        Distribution period4 = period4();

        assertThat(period4.report().triggerHit()).isTrue();
        assertThat(period4.report().steps()).containsExactly(
                step(FEES, 200_000),
                step(SENIOR_INTEREST, 0),
                step(SENIOR_PRINCIPAL, 0),
                step(MEZZANINE_INTEREST, 314_910),
                step(MEZZANINE_PRINCIPAL, 15_000_000),
                step(SUBORDINATED_PRINCIPAL, 10_000_000),
                step(SUBORDINATED_RESIDUAL, 4_485_090));
        assertThat(period4.state().repaid()).isTrue();
        // 314,910 = 3 x 104,970 and 15,000,000 = 3 x 5,000,000 split exactly 2:1 between C and D.
        assertThat(period4.payouts()).containsExactly(
                pay("INV-C", MEZZANINE, INTEREST, 209_940),
                pay("INV-D", MEZZANINE, INTEREST, 104_970),
                pay("INV-C", MEZZANINE, PRINCIPAL, 10_000_000),
                pay("INV-D", MEZZANINE, PRINCIPAL, 5_000_000),
                pay("INV-E", SUBORDINATED, PRINCIPAL, 10_000_000),
                pay("INV-E", SUBORDINATED, RESIDUAL, 4_485_090));
    }

    @Test
    void cash_is_conserved_in_every_period() {
        // collected + carried in = fees + payouts + carried out:
        //   P1 30,000,000 + 0 = 200,000 + 29,800,000 + 0
        //   P2    700,000 + 0 = 200,000 +    500,000 + 0
        //   P3 42,000,000 + 0 = 200,000 + 41,800,000 + 0
        //   P4 30,000,000 + 0 = 200,000 + 29,800,000 + 0
        long[][] expected = {{30_000_000, 29_800_000}, {700_000, 500_000}, {42_000_000, 41_800_000},
                {30_000_000, 29_800_000}};
        List<Distribution> periods = List.of(period1(), period2(), period3(), period4());
        for (int i = 0; i < periods.size(); i++) {
            Distribution d = periods.get(i);
            long paidOut = d.payouts().stream().mapToLong(p -> p.amount().minor()).sum();
            long fees = d.report().steps().get(0).amount().minor();
            assertThat(d.report().collected().minor()).isEqualTo(expected[i][0]);
            assertThat(paidOut).isEqualTo(expected[i][1]);
            assertThat(d.report().collected().plus(d.report().carriedIn()))
                    .isEqualTo(cny(fees + paidOut).plus(d.report().carriedOut()));
        }
    }

    @Test
    void defaults_exactly_at_the_threshold_do_not_hit_the_trigger() {
        // 5,000,000 x 10,000 = 5.0e10 = 500 x 100,000,000: not above, so no trigger; one fen more hits it.
        assertThat(run(period1().state(), P2, 700_000, 5_000_000).report().triggerHit()).isFalse();
        assertThat(run(period1().state(), P2, 700_000, 5_000_001).report().triggerHit()).isTrue();
    }

    @Test
    void unpaid_fees_become_arrears_paid_first_next_time() {
        // P1 collects 150,000 against fees of 200,000: all to fees, 50,000 in arrears, nobody else paid.
        // P2 collects 300,000: fees due 50,000 + 200,000 = 250,000, then 50,000 to senior interest.
        Distribution first = run(Waterfall.initialState(DEAL, cny(0)), P1, 150_000, 0);
        Distribution second = run(first.state(), P2, 300_000, 0);

        assertThat(first.report().steps().get(0)).isEqualTo(step(FEES, 150_000));
        assertThat(first.report().feeArrears()).isEqualTo(cny(50_000));
        assertThat(first.payouts()).isEmpty();
        assertThat(second.report().steps().subList(0, 2))
                .containsExactly(step(FEES, 250_000), step(SENIOR_INTEREST, 50_000));
        assertThat(second.report().feeArrears()).isEqualTo(cny(0));
    }

    @Test
    void pre_issue_collections_are_carried_into_the_first_payment_date() {
        // 1,000,000 carried in + 30,000,000 collected: senior principal gets 28,887,671 + 1,000,000 = 29,887,671.
        Distribution first = run(Waterfall.initialState(DEAL, cny(1_000_000)), P1, 30_000_000, 0);

        assertThat(first.report().carriedIn()).isEqualTo(cny(1_000_000));
        assertThat(first.report().steps().get(3)).isEqualTo(step(SENIOR_PRINCIPAL, 29_887_671));
        assertThat(first.report().carriedOut()).isEqualTo(cny(0));
    }

    @Test
    void payment_dates_run_in_schedule_order_without_skipping() {
        WaterfallState issued = Waterfall.initialState(DEAL, cny(0));

        assertThat(codeOf(() -> run(issued, P2, 0, 0))).isEqualTo(ErrorCode.PAYMENT_DATE_NOT_DUE);
        assertThat(codeOf(() -> run(issued, P1.plusDays(1), 0, 0))).isEqualTo(ErrorCode.PAYMENT_DATE_NOT_DUE);
        assertThat(codeOf(() -> run(period1().state(), P1, 0, 0))).isEqualTo(ErrorCode.PAYMENT_DATE_NOT_DUE);
    }

    @Test
    void the_date_due_is_the_next_scheduled_one_and_only_once_it_has_come() {
        WaterfallState issued = Waterfall.initialState(DEAL, cny(0));

        assertThat(codeOf(() -> Waterfall.dueDate(DEAL, issued, P1.minusDays(1))))
                .isEqualTo(ErrorCode.PAYMENT_DATE_NOT_DUE);
        assertThat(Waterfall.dueDate(DEAL, issued, P1)).isEqualTo(P1);
        // Run late, the date is still the scheduled one: interest accrues to it, not to the day of the run.
        assertThat(Waterfall.dueDate(DEAL, issued, P2.plusDays(3))).isEqualTo(P1);
        assertThat(Waterfall.dueDate(DEAL, period1().state(), P2)).isEqualTo(P2);
        assertThat(codeOf(() -> Waterfall.dueDate(DEAL, period4().state(), P4.plusYears(1))))
                .isEqualTo(ErrorCode.PAYMENT_DATE_NOT_DUE);
    }

    @Test
    void a_matured_deal_takes_no_more_payment_dates() {
        assertThat(codeOf(() -> run(period4().state(), P4.plusMonths(3), 1, 0))).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }

    @Test
    void holdings_must_add_up_to_each_tranche() {
        List<Holding> short1 = holdings().subList(1, holdings().size());
        PaymentPeriod period = new PaymentPeriod(P1, cny(1), cny(0), HASH);

        assertThat(codeOf(() -> Waterfall.distribute(DEAL, short1, Waterfall.initialState(DEAL, cny(0)), period)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void a_period_needs_a_document_hash_and_amounts_in_the_deal_currency() {
        WaterfallState issued = Waterfall.initialState(DEAL, cny(0));
        PaymentPeriod noHash = new PaymentPeriod(P1, cny(1), cny(0), "not-a-hash");
        PaymentPeriod dollars = new PaymentPeriod(P1, Money.of(1, "USD"), cny(0), HASH);

        assertThat(codeOf(() -> Waterfall.distribute(DEAL, holdings(), issued, noHash))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> Waterfall.distribute(DEAL, holdings(), issued, dollars))).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }
}
