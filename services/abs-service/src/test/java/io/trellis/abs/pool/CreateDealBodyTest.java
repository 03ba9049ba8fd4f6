package io.trellis.abs.pool;

import static io.trellis.abs.support.BodyChecks.read;
import static io.trellis.abs.support.BodyChecks.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.CreatePoolRequest;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.desk.problem.ProblemException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateDealBodyTest {
    private static final String DEAL = """
            {"originatorId":"91310000MA1K000002","criteria":{"currency":"CNY","minDaysToMaturity":30,\
            "maxDaysToMaturity":365,"maxObligorConcentrationBp":4000,"allowedStatuses":["ACTIVE","FINANCED"]},\
            "requiredAttestations":["LEGAL_OPINION","RATING"],"cutOffDate":"2026-03-02"}""";

    @Test
    void a_deal_becomes_the_pool_request_the_chaincode_takes() {
        CreateDealBody body = read(DEAL, CreateDealBody.class);

        assertThat(violations(body)).isEmpty();
        assertThat(body.toRequest()).isEqualTo(new CreatePoolRequest("91310000MA1K000002",
                new PoolCriteria("CNY", 30, 365, 4_000, List.of(PoolAssetStatus.ACTIVE, PoolAssetStatus.FINANCED)),
                List.of(AttestationKind.LEGAL_OPINION, AttestationKind.RATING), LocalDate.of(2026, 3, 2)));
    }

    @Test
    void criteria_without_statuses_or_a_currency_of_no_iso_code_are_named() {
        CreateDealBody body = read(DEAL.replace("\"CNY\"", "\"RMB\"").replace("[\"ACTIVE\",\"FINANCED\"]", "[]"),
                CreateDealBody.class);

        assertThat(violations(body)).hasSize(2).allSatisfy(v -> assertThat(v).startsWith("criteria."));
    }

    @Test
    void a_kind_that_is_not_an_attestation_kind_is_refused_while_reading() {
        assertThatThrownBy(() -> read(DEAL.replace("\"RATING\"", "\"rating\""), CreateDealBody.class))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void a_batch_holds_one_to_a_hundred_vouchers() {
        assertThat(violations(new AssetsBody(List.of()))).containsExactly("voucherIds must not be empty");
        assertThat(violations(new AssetsBody(Collections.nCopies(101, "CV0123456789ABCDEF0123"))))
                .containsExactly("voucherIds size must be between 0 and 100");
        assertThat(violations(new AssetsBody(Collections.nCopies(100, "CV0123456789ABCDEF0123")))).isEmpty();
    }
}
