package io.trellis.chaincode.financing;

import static io.trellis.chaincode.testing.Rejections.codeOf;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static io.trellis.chaincode.testing.Vouchers.MATURITY;
import static io.trellis.chaincode.testing.Vouchers.voucher;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.voucher.LineUse;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.EnumPairs;
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
import org.junit.jupiter.params.provider.MethodSource;

class FinancingRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    /** The financing state machine of docs/domain.md, restated independently of the rules under test. */
    private static final Map<FinancingStatus, Set<FinancingStatus>> ALLOWED = Map.of(
            FinancingStatus.APPLIED, EnumSet.of(FinancingStatus.APPROVED, FinancingStatus.DECLINED, FinancingStatus.EXPIRED),
            FinancingStatus.APPROVED, EnumSet.of(FinancingStatus.DISBURSED, FinancingStatus.DECLINED, FinancingStatus.EXPIRED));

    private static Financing financing(long fen, LocalDate maturity, FinancingStatus status) {
        return new Financing("FN1", "CV1", TIER1, BANK, CORE, cny(fen), maturity, status, null, null, null,
                NOW.toString(), 1);
    }

    static Stream<Arguments> everyMove() {
        return EnumPairs.of(FinancingStatus.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void only_the_documented_moves_are_allowed(FinancingStatus from, FinancingStatus to) {
        assertThat(FinancingRules.MOVES.allows(from, to)).isEqualTo(ALLOWED.getOrDefault(from, Set.of()).contains(to));
    }

    @Test
    void terms_over_a_leap_february_charge_29_days_and_pay_the_rest() {
        Financing financing = financing(100_000_000L, LocalDate.of(2028, 3, 1), FinancingStatus.APPLIED);

        FinancingTerms terms = FinancingRules.terms(financing, new TermsOffer(500, LocalDate.of(2028, 2, 1)),
                LocalDate.of(2028, 1, 15));

        // 100,000,000 x 500 x 29 / 3,600,000 = 402,777.77... -> 402,778 fen; proceeds 99,597,222 fen.
        assertThat(terms.days()).isEqualTo(29);
        assertThat(terms.interest()).isEqualTo(cny(402_778));
        assertThat(terms.proceeds()).isEqualTo(cny(99_597_222));
    }

    @Test
    void one_day_before_maturity_is_the_shortest_tenor() {
        FinancingTerms terms = FinancingRules.terms(financing(100_000_000L, MATURITY, FinancingStatus.APPLIED),
                new TermsOffer(365, MATURITY.minusDays(1)), TODAY);

        assertThat(terms.days()).isEqualTo(1);
        assertThat(terms.interest()).isEqualTo(cny(10_139));
        assertThat(terms.proceeds()).isEqualTo(cny(99_989_861));
    }

    @Test
    void the_value_date_lies_between_today_and_the_day_before_maturity() {
        Financing financing = financing(100_000_000L, MATURITY, FinancingStatus.APPLIED);

        assertThat(codeOf(() -> FinancingRules.terms(financing, new TermsOffer(365, TODAY.minusDays(1)), TODAY)))
                .isEqualTo(ErrorCode.INVALID_FINANCING_TERMS);
        assertThat(codeOf(() -> FinancingRules.terms(financing, new TermsOffer(365, MATURITY), TODAY)))
                .isEqualTo(ErrorCode.INVALID_FINANCING_TERMS);
        assertThat(codeOf(() -> FinancingRules.terms(financing, new TermsOffer(10_001, TODAY), TODAY)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> FinancingRules.terms(financing, new TermsOffer(-1, TODAY), TODAY)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void terms_that_eat_the_whole_face_are_refused() {
        Financing longTenor = financing(100, TODAY.plusDays(400), FinancingStatus.APPLIED);

        assertThat(codeOf(() -> FinancingRules.terms(longTenor, new TermsOffer(10_000, TODAY), TODAY)))
                .isEqualTo(ErrorCode.INVALID_FINANCING_TERMS);
    }

    @Test
    void applying_locks_an_active_voucher_of_the_applicant_before_maturity() {
        Voucher active = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 30_000_000, 2);

        FinancingRules.Applied applied = FinancingRules.apply(active, TIER1, BANK, "FN1", TODAY, NOW);

        assertThat(applied.voucher().status()).isEqualTo(VoucherStatus.FINANCING);
        assertThat(applied.voucher().financingId()).isEqualTo("FN1");
        assertThat(applied.financing().faceAmount()).isEqualTo(cny(30_000_000));
        assertThat(applied.financing().status()).isEqualTo(FinancingStatus.APPLIED);
        assertThat(codeOf(() -> FinancingRules.apply(active, TIER2, BANK, "FN1", TODAY, NOW))).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> FinancingRules.apply(active, TIER1, BANK, "FN1", MATURITY, NOW)))
                .isEqualTo(ErrorCode.VOUCHER_MATURED);
        assertThat(codeOf(() -> FinancingRules.apply(applied.voucher(), TIER1, BANK, "FN2", TODAY, NOW)))
                .isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @Test
    void only_the_financier_asked_decides() {
        Financing applied = financing(100, MATURITY, FinancingStatus.APPLIED);

        assertThat(codeOf(() -> FinancingRules.approve(applied, BANK2, "h"))).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> FinancingRules.decline(applied, BANK2, null))).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> FinancingRules.disburse(applied, BANK, "P1"))).isEqualTo(ErrorCode.FINANCING_STATE_CONFLICT);
        assertThat(FinancingRules.approve(applied, BANK, "h").status()).isEqualTo(FinancingStatus.APPROVED);
    }

    @Test
    void a_decline_unlocks_the_voucher_and_a_disbursement_hands_it_to_the_financier() {
        Voucher locked = voucher("CV1", TIER1, VoucherStatus.ACTIVE, 100, 1)
                .withFinancing(VoucherStatus.FINANCING, "FN1", new LineUse(BANK, List.of(new SlotAmount(3, 100))), TIER1);

        Voucher unlocked = FinancingRules.unlock(locked);
        Voucher financed = FinancingRules.handOver(locked, BANK);

        assertThat(unlocked.status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(unlocked.lineUse()).isNull();
        assertThat(unlocked.holderId()).isEqualTo(TIER1);
        assertThat(financed.status()).isEqualTo(VoucherStatus.FINANCED);
        assertThat(financed.holderId()).isEqualTo(BANK);
        assertThat(financed.lineUse()).isEqualTo(locked.lineUse());
    }
}
