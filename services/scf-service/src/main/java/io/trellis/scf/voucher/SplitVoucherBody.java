package io.trellis.scf.voucher;

import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.desk.AmountBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Body of {@code POST /vouchers/{id}/split}: the parts, which the chaincode checks sum exactly to the voucher. */
public record SplitVoucherBody(@NotEmpty List<@NotNull @Valid AmountBody> parts) {

    SplitVoucherRequest toRequest(String voucherId) {
        return new SplitVoucherRequest(voucherId, parts.stream().map(AmountBody::toMoney).toList());
    }
}
