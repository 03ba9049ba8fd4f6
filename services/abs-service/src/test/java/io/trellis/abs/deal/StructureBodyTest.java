package io.trellis.abs.deal;

import static io.trellis.abs.support.BodyChecks.read;
import static io.trellis.abs.support.BodyChecks.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.SetDealStructureRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureBodyTest {
    private static final String STRUCTURE = """
            {"tranches":[\
            {"trancheClass":"SENIOR","principal":{"amount":"750000.00","currency":"CNY"},"couponBp":300},\
            {"trancheClass":"SUBORDINATED","principal":{"amount":"100000.01","currency":"CNY"},"couponBp":0}],\
            "feesPerPaymentDate":{"amount":"1500.50","currency":"CNY"},"issueDate":"2026-04-01",\
            "paymentDates":["2026-07-01","2026-10-01"],"defaultTriggerBp":400}""";

    @Test
    void a_structure_becomes_the_chaincode_request_with_every_amount_exact_in_fen_and_the_order_kept() {
        StructureBody body = read(STRUCTURE, StructureBody.class);

        assertThat(violations(body)).isEmpty();
        assertThat(body.toRequest("AP0123456789ABCDEF0123")).isEqualTo(new SetDealStructureRequest(
                "AP0123456789ABCDEF0123",
                List.of(new TrancheTerms(TrancheClass.SENIOR, Money.of(75_000_000, "CNY"), 300),
                        new TrancheTerms(TrancheClass.SUBORDINATED, Money.of(10_000_001, "CNY"), 0)),
                Money.of(150_050, "CNY"), LocalDate.of(2026, 4, 1),
                List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)), 400));
    }

    @Test
    void a_missing_coupon_fee_or_date_is_named_field_by_field() {
        StructureBody body = read("""
                {"tranches":[{"trancheClass":"SENIOR","principal":{"amount":"1.00","currency":"CNY"}}],\
                "paymentDates":[]}""", StructureBody.class);

        assertThat(violations(body)).containsExactly(
                "defaultTriggerBp must not be null", "feesPerPaymentDate must not be null", "issueDate must not be null",
                "paymentDates must not be empty", "tranches[0].couponBp must not be null");
    }

    @Test
    void a_tranche_amount_with_three_decimals_is_refused_not_rounded() {
        StructureBody body = read(STRUCTURE.replace("\"100000.01\"", "\"100000.001\""), StructureBody.class);

        assertThat(violations(body)).containsExactly(
                "tranches[1].principal.amount must be decimal text with at most two decimals, e.g. \"1000000.00\"");
    }
}
