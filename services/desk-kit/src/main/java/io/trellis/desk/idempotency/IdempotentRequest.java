package io.trellis.desk.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One Idempotency-Key of one party: the first request's fingerprint and, once answered, the answer it got. */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest extends PanacheEntityBase {

    @Id
    @Column(name = "party_id")
    public String partyId;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(nullable = false)
    public String fingerprint;

    @Column(name = "claim_token", nullable = false)
    public String claimToken;

    @Column(name = "claimed_at", nullable = false)
    public OffsetDateTime claimedAt;

    /** Null while the first request is in flight. */
    public Integer status;

    @Column(name = "content_type")
    public String contentType;

    public String body;

    StoredRequest toStored() {
        Answer answer = status == null ? null : new Answer(status, contentType, body, true);
        return new StoredRequest(fingerprint, answer, claimedAt.toInstant(), claimToken);
    }

    /** Composite primary key: keys are scoped to the party that sent them. */
    public static class Key implements Serializable {
        public String partyId;
        public String idempotencyKey;

        public Key() {
        }

        Key(String partyId, String idempotencyKey) {
            this.partyId = partyId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && partyId.equals(key.partyId) && idempotencyKey.equals(key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partyId, idempotencyKey);
        }
    }
}
