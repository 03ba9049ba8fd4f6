package io.trellis.chaincode.api.abs;

import java.util.List;

/** Arguments of {@code AddPoolAssets} and {@code RemovePoolAssets}: vouchers moved as one batch. */
public record PoolAssetsRequest(String poolId, List<String> voucherIds) {
}
