package io.trellis.chaincode.api.config;

/**
 * Settings the platform operator keeps on chain, so every endorser applies the same ones.
 *
 * @param tierLimit the highest tier a voucher may reach (the root is tier 1; each split or transfer adds one)
 * @param version   incremented by every change; 0 while the defaults apply
 */
public record ChaincodeConfig(int tierLimit, long version) {
    public static final int DEFAULT_TIER_LIMIT = 10;
    public static final int MAX_TIER_LIMIT = 32;

    public static ChaincodeConfig defaults() {
        return new ChaincodeConfig(DEFAULT_TIER_LIMIT, 0);
    }
}
