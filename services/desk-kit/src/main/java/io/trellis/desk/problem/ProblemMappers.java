package io.trellis.desk.problem;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.LedgerException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
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

    /**
     * JAX-RS's own refusals of a request it cannot read (a Content-Type the endpoint does not consume, a parameter
     * it cannot convert): a 400 problem like any other unreadable request, never a bare status.
     */
    @ServerExceptionMapper
    public Response unreadable(NotSupportedException e) {
        return respond(Problem.of(ErrorCode.INVALID_ARGUMENT, "the body must be application/json"));
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e) {
        return respond(Problem.of(ErrorCode.INVALID_ARGUMENT, "the request cannot be read"));
    }

    @ServerExceptionMapper
    public Response noSuchResource(NotFoundException e) {
        return respond(Problem.of(ServiceCode.RESOURCE_NOT_FOUND, "no such resource"));
    }

    private static Response respond(RuntimeException e) {
        return respond(Problems.of(e).orElseThrow(() -> e));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
