package io.trellis.portal.scf;

import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scf-service's party directory: for a party, every KYC-approved company (counterparties are named by id). */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
public interface Parties {
    @GET
    @Path("/{id}")
    PartyView get(@PathParam("id") String id);
}
