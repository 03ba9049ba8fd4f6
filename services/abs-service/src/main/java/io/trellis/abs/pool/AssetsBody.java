package io.trellis.abs.pool;

import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of adding vouchers to a pool or taking them out: one batch of 1 to 100, judged as a whole. */
public record AssetsBody(@NotEmpty @Size(max = 100) List<@NotBlank String> voucherIds) {

    PoolAssetsRequest toRequest(String poolId) {
        return new PoolAssetsRequest(poolId, voucherIds);
    }
}
