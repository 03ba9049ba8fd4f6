package io.trellis.portal.scf;

import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scf-service's credit lines, called with the user's own token: a core sees its lines, a bank those it granted. */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/credit-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CreditLines {
    /** A bank grants a core enterprise (the obligor) a limit, as typed. */
    record Grant(String obligorId, AmountText limit) {
    }

    /** Either filter may be null; a party may name only itself. */
    @GET
    Listing<CreditLineView> list(@QueryParam("financier") String financierId, @QueryParam("obligor") String obligorId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    Receipt<CreditLineView> grant(Grant grant);
}
