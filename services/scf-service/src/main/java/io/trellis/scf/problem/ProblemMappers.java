package io.trellis.scf.problem;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.LedgerException;
import io.trellis.ledger.LedgerOutcomeUnknownException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a resource can meet into a problem response with a stable code. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response ledger(LedgerException e) {
        String transactionId = e instanceof LedgerOutcomeUnknownException unknown ? unknown.transactionId() : null;
        if (e.code().kind().httpStatus() >= 500) {
            LOG.warnf(e, "ledger call failed: %s", e.getMessage());
        }
        return respond(Problem.of(e.code(), e.getMessage(), transactionId));
    }

    @ServerExceptionMapper
    public Response malformed(JsonCodec.MalformedJsonException e) {
        return respond(Problem.of(ErrorCode.INVALID_ARGUMENT, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
