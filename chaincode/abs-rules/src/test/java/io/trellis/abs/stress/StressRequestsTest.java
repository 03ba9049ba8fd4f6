package io.trellis.abs.stress;

import static io.trellis.abs.rules.AbsFixtures.cny;
import static io.trellis.abs.stress.StressFixtures.everyone;
import static io.trellis.abs.stress.StressFixtures.sweepOnly;
import static io.trellis.abs.stress.StressFixtures.voucher;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStructure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stress request that cannot be run is refused with a stable code before any path runs. */
class StressRequestsTest {
    private static final StressEngine ENGINE = new StressEngine(1);
    private static final LocalDate MATURITY = LocalDate.of(2026, 2, 1);

    private static ErrorCode refusal(StressScenario scenario) {
        return codeOf(() -> ENGINE.run(sweepOnly(scenario)));
    }

    private static ErrorCode refusal(List<StressVoucher> vouchers) {
        StressRequest valid = sweepOnly(everyone(0, 0, 0, 1, 1L));
        return codeOf(() -> ENGINE.run(new StressRequest(valid.structure(), vouchers, valid.scenario())));
    }

    @Test
    void pathsMustBeBetweenOneAndOneHundredThousand() {
        assertThat(refusal(everyone(0, 0, 0, 0, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(0, 0, 0, 100_001, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(0, 0, 0, 1, 1L))).isNull();
    }

    @Test
    void ratesMustBeBasisPointsFromZeroToTenThousand() {
        assertThat(refusal(everyone(-1, 0, 0, 1, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(10_001, 0, 0, 1, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(0, -1, 0, 1, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(0, 10_001, 0, 1, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(10_000, 10_000, 0, 1, 1L))).isNull();
    }

    @Test
    void theRecoveryDelayIsZeroToTenYearsOfDays() {
        assertThat(refusal(everyone(0, 0, -1, 1, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(0, 0, 3_651, 1, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(everyone(0, 0, 3_650, 1, 1L))).isNull();
    }

    @Test
    void perObligorAssumptionsMustNameAnObligorOfThePoolAndBeValid() {
        ObligorAssumptions none = new ObligorAssumptions(0, 0, 0);
        assertThat(refusal(new StressScenario(none, Map.of("NOBODY", none), 1, 1L)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(new StressScenario(none, Map.of("A", new ObligorAssumptions(20_000, 0, 0)), 1, 1L)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(new StressScenario(null, Map.of(), 1, 1L))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void thePoolNeedsVouchersOfPositivePrincipalInTheDealsCurrencyEachListedOnce() {
        assertThat(refusal(List.of())).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(List.of(voucher("V", "A", 0, MATURITY)))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(List.of(voucher("V", "A", 1, MATURITY), voucher("V", "B", 1, MATURITY))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(List.of(voucher("V", " ", 1, MATURITY)))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(List.of(new StressVoucher("V", "A", cny(1), null)))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(refusal(List.of(new StressVoucher("V", "A", Money.of(1, "USD"), MATURITY))))
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void theStructureIsCheckedAsTheChaincodeChecksIt() {
        StressRequest valid = sweepOnly(everyone(0, 0, 0, 1, 1L));
        StressRequest noDates = new StressRequest(new DealStructure(
                valid.structure().poolPrincipal(), valid.structure().tranches(), valid.structure().feesPerPaymentDate(),
                valid.structure().issueDate(), List.of(), 0), valid.vouchers(), valid.scenario());

        assertThat(codeOf(() -> ENGINE.run(noDates))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> ENGINE.run(new StressRequest(null, valid.vouchers(), valid.scenario()))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void anEngineNeedsAtLeastOneThread() {
        assertThatThrownBy(() -> new StressEngine(0)).isInstanceOf(ChaincodeException.class)
                .satisfies(e -> assertThat(((ChaincodeException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }
}
