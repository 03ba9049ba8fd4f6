package io.trellis.abs.pool;

import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.CreatePoolRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /deals}: the calling securities firm manages the new pool and its deal. */
public record CreateDealBody(@NotBlank String originatorId, @NotNull @Valid CriteriaBody criteria,
        @NotNull List<@NotNull AttestationKind> requiredAttestations, @NotNull LocalDate cutOffDate) {

    CreatePoolRequest toRequest() {
        return new CreatePoolRequest(originatorId, criteria.toCriteria(), requiredAttestations, cutOffDate);
    }
}
