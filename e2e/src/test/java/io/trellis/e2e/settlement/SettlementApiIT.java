package io.trellis.e2e.settlement;

import static io.restassured.RestAssured.given;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.ScfWorld;
import io.trellis.e2e.network.FabricScenarioLedger;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.e2e.rest.PlatformApi;
import org.junit.jupiter.api.Test;

/** settlement-service's REST side: who may read reconciliation and run the overdue job, and what the job does. */
class SettlementApiIT {

    private static RequestSpecification settlement() {
        return given().baseUri(PlatformApi.settlementService());
    }

    private static RequestSpecification settlementAs(String username) {
        return settlement().auth().oauth2(PlatformApi.token(username));
    }

    @Test
    void reconciliation_is_for_banks_auditors_and_operators_only() {
        settlement().when().get("/reconciliation").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        settlementAs("supplier1").when().get("/reconciliation").then().statusCode(403).body("code", equalTo("NOT_ALLOWED"));
        settlementAs("bank1").when().get("/reconciliation").then().statusCode(200);
        settlementAs("auditor1").when().get("/reconciliation").then().statusCode(200);
    }

    @Test
    void a_date_that_is_not_a_date_or_a_range_backwards_is_a_problem_with_a_stable_code() {
        settlementAs("bank1").queryParam("from", "01/06/2027").when().get("/reconciliation")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_ARGUMENT"));
        settlementAs("bank1").queryParam("from", "2027-06-02").queryParam("to", "2027-06-01").when().get("/reconciliation")
                .then().statusCode(400).body("code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void only_an_operator_runs_the_overdue_job() {
        settlement().when().post("/overdue-runs").then().statusCode(401);
        settlementAs("bank1").when().post("/overdue-runs").then().statusCode(403);
    }

    @Test
    void the_overdue_job_marks_a_voucher_past_maturity_and_grace_once_and_a_second_run_changes_nothing() {
        FabricScenarioLedger ledger = new FabricScenarioLedger(TestNetwork.shared());
        ScfWorld world = new ScfWorld(ledger);
        world.grantLine(ScfWorld.BANK, 1_000_00L);
        // Issued in March 2026 and due on 2026-09-01: past maturity plus three days of grace by the real clock.
        Voucher active = world.active(TIER1, 1_000_00L);
        ledger.backToRealTime();

        settlementAs("operator.platform").when().post("/overdue-runs").then().statusCode(200);
        Voucher overdue = world.voucher(active.id());
        assertThat(overdue.status()).isEqualTo(VoucherStatus.OVERDUE);

        settlementAs("operator.platform").when().post("/overdue-runs").then().statusCode(200).body("marked", equalTo(0));
        assertThat(world.voucher(active.id()).version()).isEqualTo(overdue.version());
    }
}
