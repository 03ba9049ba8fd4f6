package io.trellis.scf.creditline;

import io.trellis.desk.AmountBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /credit-lines}: the calling financier grants a core enterprise a limit. */
public record GrantCreditLineBody(@NotBlank String obligorId, @NotNull @Valid AmountBody limit) {
}
