package io.trellis.chaincode.api.config;

/**
 * Arguments of {@code SetConfig}: the platform operator changes one setting or both; one left out (null) keeps its
 * current value.
 *
 * @param tierLimit        1 to {@link ChaincodeConfig#MAX_TIER_LIMIT}
 * @param overdueGraceDays 0 to {@link ChaincodeConfig#MAX_OVERDUE_GRACE_DAYS}
 */
public record SetConfigRequest(Integer tierLimit, Integer overdueGraceDays) {
}
