package io.trellis.abs.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.abs.desk.RestMapper;
import io.trellis.abs.pool.AssetsBody;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.CriterionResult;
import io.trellis.chaincode.api.abs.EligibilityCriterion;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.ObligorConcentration;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.VoucherEligibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping of {@code POST /deals/{id}/eligibility} onto {@code CheckPoolEligibility} and back. */
class EligibilityResourceTest {
    private static final String POOL = "AP0123456789ABCDEF0123";
    private static final String SEEN = "CV0123456789ABCDEF0001";
    private static final String HIDDEN = "CV0123456789ABCDEF0002";

    private static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    /** One sound voucher and one the caller may not see. */
    private static EligibilityReport report() {
        List<CriterionResult> sound = List.of(EligibilityCriterion.values()).stream()
                .filter(c -> c != EligibilityCriterion.POOL_OPEN).map(CriterionResult::passed).toList();
        List<CriterionResult> hidden = List.of(
                CriterionResult.failed(EligibilityCriterion.EXISTS, ErrorCode.VOUCHER_NOT_FOUND,
                        "no voucher " + HIDDEN + " the caller may see"),
                CriterionResult.notChecked(EligibilityCriterion.CONCENTRATION, "the voucher fails a criterion of its own"));
        return new EligibilityReport(POOL, new PoolCriteria("CNY", 30, 365, 4_000, List.of(PoolAssetStatus.ACTIVE)),
                LocalDate.of(2026, 3, 2), CriterionResult.passed(EligibilityCriterion.POOL_OPEN),
                List.of(new VoucherEligibility(SEEN, "91310000MA1K000001", cny(10_000_000), LocalDate.of(2026, 9, 1),
                                183L, PoolAssetStatus.ACTIVE, true, sound),
                        new VoucherEligibility(HIDDEN, null, null, null, null, null, false, hidden)),
                cny(0), cny(10_000_000),
                List.of(new ObligorConcentration("91310000MA1K000001", cny(0), cny(10_000_000), 10_000, 4_000, true,
                        false)),
                false);
    }

    @Test
    void the_chaincode_is_asked_about_the_pool_in_the_path_and_the_batch_in_the_body() {
        String argument = EligibilityResource.argument(POOL, new AssetsBody(List.of(SEEN, HIDDEN)));

        assertThat(JsonCodec.fromJson(argument, PoolAssetsRequest.class))
                .isEqualTo(new PoolAssetsRequest(POOL, List.of(SEEN, HIDDEN)));
        assertThat(argument).isEqualTo("{\"poolId\":\"" + POOL + "\",\"voucherIds\":[\"" + SEEN + "\",\"" + HIDDEN
                + "\"]}");
    }

    @Test
    void the_answer_is_the_report_exactly_as_the_ledger_writes_it() {
        EligibilityReport report = report();

        String body = RestMapper.write(report);

        assertThat(body).isEqualTo(JsonCodec.toJson(report));
        assertThat(JsonCodec.fromJson(body, EligibilityReport.class)).isEqualTo(report);
        // Money is {minor, currency} only, dates are ISO, and a hidden voucher keeps its empty fields.
        assertThat(body).contains("\"poolAfter\":{\"minor\":10000000,\"currency\":\"CNY\"}",
                "\"cutOffDate\":\"2026-03-02\"", "\"voucherId\":\"" + HIDDEN + "\",\"obligorId\":null")
                .doesNotContain("positive");
        Map<String, Object> fields = JsonCodec.fromJson(body, new TypeReference<Map<String, Object>>() { });
        assertThat(fields.keySet()).containsExactly("poolId", "criteria", "cutOffDate", "poolOpen", "vouchers",
                "poolPrincipal", "poolAfter", "obligors", "eligible");
    }
}
