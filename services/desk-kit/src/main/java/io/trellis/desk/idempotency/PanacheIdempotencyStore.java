package io.trellis.desk.idempotency;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL. Each method is its own short transaction: a claim must be visible to other
 * requests (and instances) while the ledger call runs, outside any transaction.
 */
@ApplicationScoped
public class PanacheIdempotencyStore implements IdempotencyStore {

    @Override
    @Transactional
    public boolean claim(String partyId, String key, String fingerprint, String token, Instant now) {
        // insert ... on conflict: two concurrent first requests never both win, and the loser is not an error.
        return Panache.getEntityManager().createNativeQuery("""
                insert into idempotent_request (party_id, idempotency_key, fingerprint, claim_token, claimed_at)
                values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, partyId).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, token).setParameter(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public Optional<StoredRequest> find(String partyId, String key) {
        return IdempotentRequest.<IdempotentRequest>findByIdOptional(new IdempotentRequest.Key(partyId, key))
                .map(IdempotentRequest::toStored);
    }

    @Override
    @Transactional
    public boolean takeOver(String partyId, String key, String staleToken, String token, Instant now) {
        return IdempotentRequest.update("claimToken = ?1, claimedAt = ?2 where partyId = ?3 and idempotencyKey = ?4"
                        + " and claimToken = ?5 and status is null",
                token, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), partyId, key, staleToken) == 1;
    }

    @Override
    @Transactional
    public void complete(String partyId, String key, String token, Answer answer) {
        IdempotentRequest.update("status = ?1, contentType = ?2, body = ?3 where partyId = ?4 and idempotencyKey = ?5"
                        + " and claimToken = ?6 and status is null",
                answer.status(), answer.contentType(), answer.body(), partyId, key, token);
    }

    @Override
    @Transactional
    public void release(String partyId, String key, String token) {
        IdempotentRequest.delete("partyId = ?1 and idempotencyKey = ?2 and claimToken = ?3 and status is null",
                partyId, key, token);
    }
}
