package io.trellis.abs.stress;

import io.trellis.chaincode.api.abs.DealStatus;

/**
 * The answer of {@code POST /deals/{id}/stress}: what was run and what came out.
 *
 * @param poolId      the deal
 * @param dealStatus  the deal's status when it was read
 * @param dealVersion the deal's version when it was read: the same version, scenario and seed give the same answer
 * @param inputs      the structure (measured against the pool now), the pooled vouchers and the scenario run
 * @param result      paths, seed, paths on which the trigger hit, and per tranche the losses, first shortfall and
 *                    weighted average life
 */
public record StressAnswer(String poolId, DealStatus dealStatus, long dealVersion, StressRequest inputs,
        StressResult result) {
}
