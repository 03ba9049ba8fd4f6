package io.trellis.scf.voucher;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /vouchers/{id}/transfer}: the supplier receiving the whole voucher. */
public record TransferVoucherBody(@NotBlank String recipientId) {
}
