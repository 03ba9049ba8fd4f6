package io.trellis.abs.pool;

import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.desk.CurrencyCode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pool's eligibility criteria (docs/abs.md §1); their ranges are the chaincode's to judge. */
public record CriteriaBody(
        @NotNull @CurrencyCode @Schema(example = "CNY") String currency,
        @NotNull @Schema(example = "30") Integer minDaysToMaturity,
        @NotNull @Schema(example = "365") Integer maxDaysToMaturity,
        @NotNull @Schema(description = "largest share of pool principal one obligor may owe, in basis points",
                example = "4000") Integer maxObligorConcentrationBp,
        @NotEmpty List<@NotNull PoolAssetStatus> allowedStatuses) {

    PoolCriteria toCriteria() {
        return new PoolCriteria(currency, minDaysToMaturity, maxDaysToMaturity, maxObligorConcentrationBp,
                allowedStatuses);
    }
}
