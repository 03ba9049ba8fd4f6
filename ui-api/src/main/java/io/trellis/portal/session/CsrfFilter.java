package io.trellis.portal.session;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses every write whose request lacks this session's anti-forgery token, before any desk code runs, so a page
 * of another site can make no signed-in user's browser change the ledger. (The session cookie is also SameSite.)
 */
public class CsrfFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireToken(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || tokens.matches(request.getHeaderString(CsrfTokens.HEADER))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.FORBIDDEN).entity("The form was not sent by this portal.")
                .type("text/plain").build());
    }
}
