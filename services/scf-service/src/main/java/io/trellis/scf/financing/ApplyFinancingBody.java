package io.trellis.scf.financing;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /financings}: the holder offers a whole voucher to a financier. */
public record ApplyFinancingBody(@NotBlank String voucherId, @NotBlank String financierId) {
}
