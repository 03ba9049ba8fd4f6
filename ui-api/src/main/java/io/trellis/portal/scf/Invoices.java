package io.trellis.portal.scf;

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
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scf-service's invoices: the seller registers (and cancels), the buyer confirms or disputes; both read. */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Invoices {
    /**
     * What a seller registers; {@code documentHash} is the SHA-256 (lower-case hex) of the invoice's document, the
     * date {@code yyyy-MM-dd} as typed (the service checks it).
     */
    record Registration(String buyerId, String invoiceCode, String invoiceNumber, AmountText amount,
            String issueDate, String documentHash) {
    }

    record Dispute(String reason) {
    }

    @POST
    Receipt<InvoiceView> register(Registration registration);

    @POST
    @Path("/{id}/confirm")
    Receipt<InvoiceView> confirm(@PathParam("id") String id);

    @POST
    @Path("/{id}/dispute")
    Receipt<InvoiceView> dispute(@PathParam("id") String id, Dispute dispute);

    /** The invoices the caller sold or that are addressed to it, in registration order; {@code status} may be null. */
    @GET
    Listing<InvoiceView> list(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    InvoiceView get(@PathParam("id") String id);
}
