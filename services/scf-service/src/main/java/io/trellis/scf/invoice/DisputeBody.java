package io.trellis.scf.invoice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /invoices/{id}/dispute}: a dispute needs a reason. */
public record DisputeBody(@NotBlank @Size(max = 1000) String reason) {
}
