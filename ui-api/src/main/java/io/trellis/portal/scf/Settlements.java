package io.trellis.portal.scf;

import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scf-service's settlements: payments at maturity, addressed by the posting bank and its own payment id. */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/settlements")
@Produces(MediaType.APPLICATION_JSON)
public interface Settlements {
    /** The payments the caller may see, in settlement order; {@code obligorId} and {@code bankId} only narrow it. */
    @GET
    Listing<SettlementView> list(@QueryParam("obligor") String obligorId, @QueryParam("bank") String bankId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{bankId}/{paymentId}")
    SettlementView get(@PathParam("bankId") String bankId, @PathParam("paymentId") String paymentId);
}
