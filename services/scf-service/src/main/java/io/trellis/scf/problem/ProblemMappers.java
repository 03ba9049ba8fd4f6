package io.trellis.scf.problem;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.LedgerException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a resource can meet into a problem response with a stable code (see {@link Problems}). */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response ledger(LedgerException e) {
        return respond(e);
    }

    @ServerExceptionMapper
    public Response malformed(JsonCodec.MalformedJsonException e) {
        return respond(e);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e);
    }

    private static Response respond(RuntimeException e) {
        return respond(Problems.of(e).orElseThrow(() -> e));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
