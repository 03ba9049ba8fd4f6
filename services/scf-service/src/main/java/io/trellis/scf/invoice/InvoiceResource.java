package io.trellis.scf.invoice;

import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.TokenCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Invoices from the read model: for their seller, their buyer, auditors and operators. */
@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class InvoiceResource {
    private final TokenCaller caller;

    InvoiceResource(TokenCaller caller) {
        this.caller = caller;
    }

    /** An invoice the caller may not see is reported exactly like one that does not exist. */
    @GET
    @Path("/{id}")
    public InvoiceDto get(@PathParam("id") String id) {
        InvoiceView invoice = InvoiceView.findById(id);
        if (invoice == null || !caller.viewer().sees(invoice.sellerId, invoice.buyerId)) {
            throw new ProblemException(ErrorCode.INVOICE_NOT_FOUND, "no invoice " + id);
        }
        return InvoiceDto.of(invoice);
    }
}
