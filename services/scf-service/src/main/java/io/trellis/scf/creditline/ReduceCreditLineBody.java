package io.trellis.scf.creditline;

import io.trellis.desk.AmountBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /credit-lines/{obligorId}/reduce}: the calling financier's new, lower limit. */
public record ReduceCreditLineBody(@NotNull @Valid AmountBody limit) {
}
