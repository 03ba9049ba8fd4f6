package io.trellis.scf.financing;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /financings/{id}/disbursement}: the financier's payment of the proceeds. */
public record DisbursementBody(@NotBlank String paymentId) {
}
