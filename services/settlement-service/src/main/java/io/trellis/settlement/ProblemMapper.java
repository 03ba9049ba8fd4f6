package io.trellis.settlement;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.trellis.ledger.LedgerException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error this service answers is problem+json with a stable code. */
public class ProblemMapper {
    private static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    @ServerExceptionMapper
    public Response ledger(LedgerException e) {
        return problem(e.code().kind().httpStatus(), e.code().name(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return problem(401, "UNAUTHENTICATED", "a bearer token of the trellis realm is required");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "NOT_ALLOWED", "this operation is not for the caller's role");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "NOT_ALLOWED";
            case 404 -> "NOT_FOUND";
            default -> "HTTP_" + status;
        };
        return problem(status, code, e.getMessage());
    }

    private static Response problem(int status, String code, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://trellis.io/problems/" + code.toLowerCase().replace('_', '-'));
        body.put("title", code);
        body.put("status", status);
        body.put("code", code);
        body.put("detail", detail);
        return Response.status(status).type(PROBLEM).entity(body).build();
    }
}
