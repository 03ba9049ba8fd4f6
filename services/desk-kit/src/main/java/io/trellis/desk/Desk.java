package io.trellis.desk;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerException;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.desk.idempotency.Answer;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.idempotency.RequestLine;
import io.trellis.desk.problem.Problem;
import io.trellis.desk.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Every desk write of a party goes through here: signed with the party's own identity, body read strictly,
 * at most once per Idempotency-Key, answered once committed with a {@link Receipt} or a problem.
 */
@ApplicationScoped
public class Desk {
    private static final Logger LOG = Logger.getLogger(Desk.class);

    private final LedgerClient ledger;
    private final PartySigner signer;
    private final Bodies bodies;
    private final Idempotency idempotency;
    private final HttpServerRequest request;

    Desk(LedgerClient ledger, PartySigner signer, Bodies bodies, Idempotency idempotency, HttpServerRequest request) {
        this.ledger = ledger;
        this.signer = signer;
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.request = request;
    }

    /**
     * Submits the write {@code submission} makes of the body. A caller without an identity here (403) or a body
     * that cannot be read (400) is refused before the key is looked at, so a corrected body may reuse the key.
     */
    public <B, T> Response submit(String idempotencyKey, String body, Class<B> bodyType,
                                  Function<B, Submission<T>> submission) {
        FabricIdentity identity = signer.identity();
        Submission<T> write = submission.apply(bodies.read(body, bodyType));
        RequestLine line = new RequestLine(request.method().name(), request.path(), body == null ? "" : body);
        return idempotency.once(signer.partyId(), idempotencyKey, line, () -> answer(write, identity));
    }

    /** A query evaluated on the caller's own organisation's peer, as the caller. */
    public <T> T evaluate(String transaction, String argument, Class<T> resultType) {
        return ledger.evaluate(new LedgerCall(signer.identity(), transaction, argument, Map.of()), resultType);
    }

    private <T> Answer answer(Submission<T> write, FabricIdentity identity) {
        try {
            Committed<T> committed = ledger.submit(write.signedBy(identity), write.resultType());
            LOG.infof("tx=%s %s by %s committed in block %d", committed.transactionId(), write.transaction(),
                    signer.partyId(), committed.blockNumber());
            Receipt<T> receipt = new Receipt<>(committed.result(), committed.transactionId(), committed.blockNumber());
            int status = write.created() ? Response.Status.CREATED.getStatusCode() : Response.Status.OK.getStatusCode();
            return new Answer(status, MediaType.APPLICATION_JSON, JsonCodec.toJson(receipt), true);
        } catch (LedgerException e) {
            // Only the chaincode's refusal is final; unreachable, unknown or conflicting leaves the retry open.
            return problem(e, e instanceof LedgerRejectedException);
        }
    }

    private static Answer problem(RuntimeException failure, boolean keep) {
        Problem problem = Problems.of(failure).orElseThrow(() -> failure);
        return new Answer(problem.status(), Problem.MEDIA_TYPE, JsonCodec.toJson(problem), keep);
    }
}
