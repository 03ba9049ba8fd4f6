package io.trellis.desk.idempotency;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.problem.ServiceCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional {@code Idempotency-Key} header of every write: the same key (per party) with the same method,
 * path and body gets the first answer again and the ledger changes once; with anything else it is
 * {@code IDEMPOTENCY_KEY_REUSED} (422); while the first is still running, {@code IDEMPOTENCY_KEY_IN_FLIGHT} (409).
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String KEY_PATTERN = "[\\x21-\\x7E]{1,128}";
    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    private final IdempotencyStore store;
    private final RequestFingerprint fingerprints;
    private final Duration lease;
    private final Clock clock;

    @Inject
    Idempotency(IdempotencyStore store,
                @ConfigProperty(name = "trellis.idempotency.fingerprint-key") String fingerprintKey,
                @ConfigProperty(name = "trellis.idempotency.in-flight-lease") Duration lease) {
        this(store, fingerprintKey, lease, Clock.systemUTC());
    }

    Idempotency(IdempotencyStore store, String fingerprintKey, Duration lease, Clock clock) {
        this.store = store;
        this.fingerprints = new RequestFingerprint(fingerprintKey);
        this.lease = lease;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per key: without a key, simply runs it.
     *
     * @param partyId the caller's party: the scope of its keys
     * @param request method, path and exact body of the request, which a reused key must match
     */
    public Response once(String partyId, String key, RequestLine request, Supplier<Answer> action) {
        if (key == null) {
            return action.get().toResponse();
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT,
                    "header Idempotency-Key must be 1 to 128 printable ASCII characters without spaces");
        }
        String fingerprint = fingerprints.of(request.method(), request.path(), request.body());
        String token = UUID.randomUUID().toString();
        if (store.claim(partyId, key, fingerprint, token, clock.instant())) {
            return run(partyId, key, token, action);
        }
        StoredRequest stored = store.find(partyId, key)
                .orElseThrow(() -> inFlight()); // released between claim and find: the other request's retry runs
        return switch (IdempotencyRule.decide(stored, fingerprint, clock.instant(), lease)) {
            case IdempotencyRule.Replay replay -> replay.answer().toReplayResponse();
            case IdempotencyRule.Reused reused -> throw new ProblemException(ServiceCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key '" + key + "' was used for another request");
            case IdempotencyRule.InFlight inFlight -> throw inFlight();
            case IdempotencyRule.Abandoned abandoned -> {
                if (!store.takeOver(partyId, key, abandoned.staleToken(), token, clock.instant())) {
                    throw inFlight();
                }
                yield run(partyId, key, token, action);
            }
        };
    }

    private Response run(String partyId, String key, String token, Supplier<Answer> action) {
        Answer answer;
        try {
            answer = action.get();
        } catch (RuntimeException unexpected) {
            store.release(partyId, key, token);
            throw unexpected;
        }
        if (answer.keep()) {
            store.complete(partyId, key, token, answer);
        } else {
            store.release(partyId, key, token);
        }
        return answer.toResponse();
    }

    private static ProblemException inFlight() {
        return new ProblemException(ServiceCode.IDEMPOTENCY_KEY_IN_FLIGHT,
                "a request with this Idempotency-Key is still being processed; retry later");
    }
}
