package io.trellis.desk.idempotency;

import java.time.Instant;

/**
 * What the store holds for one (party, key): the first request's fingerprint and, once answered, its answer.
 *
 * @param fingerprint of the first request's method, path and body
 * @param answer      null while the first request is in flight
 * @param claimedAt   when the first request (or the last one to take over an abandoned claim) started
 * @param claimToken  identifies that claim, so only its holder completes or releases it
 */
public record StoredRequest(String fingerprint, Answer answer, Instant claimedAt, String claimToken) {
}
