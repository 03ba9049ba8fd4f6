package io.trellis.abs.deal;

import io.trellis.chaincode.api.abs.SetDealStructureRequest;
import io.trellis.desk.AmountBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /deals/{id}/structure}: tranches, fees, issue and payment dates, default trigger. The pool
 * principal is the pool's own; the rules of docs/abs.md §2 are the chaincode's.
 */
public record StructureBody(@NotEmpty List<@NotNull @Valid TrancheBody> tranches,
        @NotNull @Valid AmountBody feesPerPaymentDate, @NotNull LocalDate issueDate,
        @NotEmpty List<@NotNull LocalDate> paymentDates,
        @NotNull @Schema(description = "cumulative defaults above this share of the initial pool, in basis points,"
                + " switch the waterfall to its accelerated order", example = "400") Integer defaultTriggerBp) {

    SetDealStructureRequest toRequest(String poolId) {
        return new SetDealStructureRequest(poolId, tranches.stream().map(TrancheBody::toTerms).toList(),
                feesPerPaymentDate.toMoney(), issueDate, paymentDates, defaultTriggerBp);
    }
}
