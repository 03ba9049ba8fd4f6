package io.trellis.desk.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Where idempotency keys are held, per party. Every change names the claim token it applies to. */
public interface IdempotencyStore {

    /** Claims the key for this request; false when the party already holds it. */
    boolean claim(String partyId, String key, String fingerprint, String token, Instant now);

    Optional<StoredRequest> find(String partyId, String key);

    /** Moves an abandoned claim to a new holder; false when someone else took it over or finished first. */
    boolean takeOver(String partyId, String key, String staleToken, String token, Instant now);

    /** Keeps the answer of the claim {@code token}. */
    void complete(String partyId, String key, String token, Answer answer);

    /** Forgets the unanswered claim {@code token}, so a retry with the same key starts afresh. */
    void release(String partyId, String key, String token);
}
