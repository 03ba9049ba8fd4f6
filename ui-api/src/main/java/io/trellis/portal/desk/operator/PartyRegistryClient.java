package io.trellis.portal.desk.operator;

import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * scf-service's party registry as the signed-in operator uses it (docs/api.md "Party registry (operators)"): the
 * service shows an operator its own organisation's parties only and lets the chaincode decide every write.
 */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
public interface PartyRegistryClient {
    @GET
    PartyPage list(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    PartyEntry get(@PathParam("id") String id);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    LedgerReceipt register(Registration registration);

    @POST
    @Path("/{id}/kyc")
    @Consumes(MediaType.APPLICATION_JSON)
    LedgerReceipt reviewKyc(@PathParam("id") String id, KycReview review);

    @POST
    @Path("/{id}/admission")
    @Consumes(MediaType.APPLICATION_JSON)
    LedgerReceipt admit(@PathParam("id") String id, Admission admission);

    /** Body of a registration: the text exactly as the operator typed it; the service checks it. */
    record Registration(String id, String name, List<String> roles) {
    }

    /** {@code APPROVED} or {@code REJECTED}. */
    record KycReview(String status) {
    }

    /** The organisation (MSP id) the platform admits a company to. */
    record Admission(String org) {
    }

    /** What every write answers besides its record: where the ledger committed it. */
    record LedgerReceipt(String transactionId, long blockNumber) {
    }
}
