package io.trellis.scf.settlement;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /settlement-account}: the bank that settles the calling core's vouchers, and its account there. */
public record SettlementAccountBody(@NotBlank String bankId, @NotBlank String accountNumber) {
}
