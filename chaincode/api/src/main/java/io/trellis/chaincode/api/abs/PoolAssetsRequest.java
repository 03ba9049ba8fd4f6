package io.trellis.chaincode.api.abs;

import java.util.List;

/**
 * Arguments of {@code AddPoolAssets} and {@code RemovePoolAssets}: vouchers moved as one batch; and of
 * {@code CheckPoolEligibility}: the batch {@code AddPoolAssets} would be asked to move.
 */
public record PoolAssetsRequest(String poolId, List<String> voucherIds) {
}
