package io.trellis.scf.invoice;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.EmptyBody;
import io.trellis.desk.Submission;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.paging.Filter;
import io.trellis.desk.paging.PageParams;
import io.trellis.desk.paging.Paged;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.Viewer;
import io.trellis.desk.security.VisibleRows;
import io.trellis.scf.listing.StatusQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invoices: writes signed by the calling party on the ledger, reads from the read model. */
@Path("/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class InvoiceResource {
    private final TokenCaller caller;
    private final Desk desk;

    InvoiceResource(TokenCaller caller, Desk desk) {
        this.caller = caller;
        this.desk = desk;
    }

    @POST
    @RolesAllowed(Viewer.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Register an invoice (the calling supplier is the seller)")
    @APIResponse(responseCode = "201", description = "Committed: the invoice (REGISTERED) in a receipt")
    @APIResponse(responseCode = "404", description = "PARTY_NOT_FOUND (buyer)")
    @APIResponse(responseCode = "409", description = "INVOICE_ALREADY_REGISTERED (the double-financing guard)")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE, CURRENCY_MISMATCH")
    public Response register(@HeaderParam(Idempotency.HEADER) String key,
                             @RequestBody(content = @Content(schema = @Schema(implementation = RegisterInvoiceBody.class),
                                     examples = @ExampleObject(name = "invoice", value = """
                                             {"buyerId":"91310000MA1K000001","invoiceCode":"3100261130",\
                                             "invoiceNumber":"08812345","amount":{"amount":"1000000.00","currency":"CNY"},\
                                             "issueDate":"2026-02-20","documentHash":"<64 lowercase hex>"}"""))) String body) {
        return desk.submit(key, body, RegisterInvoiceBody.class,
                b -> Submission.creation(TxName.REGISTER_INVOICE, b.toRequest(), Invoice.class));
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Viewer.CORE_ENTERPRISE)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Confirm an invoice (its buyer); no body")
    @APIResponse(responseCode = "200", description = "Committed: the invoice (CONFIRMED) in a receipt")
    @APIResponse(responseCode = "404", description = "INVOICE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "INVOICE_STATE_CONFLICT")
    public Response confirm(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.CONFIRM_INVOICE, new InvoiceDecision(id, null), Invoice.class));
    }

    @POST
    @Path("/{id}/dispute")
    @RolesAllowed(Viewer.CORE_ENTERPRISE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Dispute an invoice (its buyer), with a reason")
    @APIResponse(responseCode = "200", description = "Committed: the invoice (DISPUTED) in a receipt")
    @APIResponse(responseCode = "404", description = "INVOICE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "INVOICE_STATE_CONFLICT")
    public Response dispute(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                            @RequestBody(content = @Content(schema = @Schema(implementation = DisputeBody.class),
                                    examples = @ExampleObject(name = "dispute",
                                            value = "{\"reason\":\"goods not delivered\"}"))) String body) {
        return desk.submit(key, body, DisputeBody.class,
                b -> Submission.change(TxName.DISPUTE_INVOICE, new InvoiceDecision(id, b.reason()), Invoice.class));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Viewer.SUPPLIER)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Cancel an invoice (its seller); no body")
    @APIResponse(responseCode = "200", description = "Committed: the invoice (CANCELLED) in a receipt")
    @APIResponse(responseCode = "404", description = "INVOICE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "INVOICE_STATE_CONFLICT")
    public Response cancel(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.CANCEL_INVOICE, new InvoiceDecision(id, null), Invoice.class));
    }

    /**
     * The invoices the caller may see, in the order they were registered: those it sold (a supplier), those
     * addressed to it (a buyer); an operator its organisation's parties'; auditors all.
     */
    @GET
    public Paged<InvoiceDto> list(@QueryParam("status") String status,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        Filter filter = new Filter()
                .equal("status", StatusQuery.of(InvoiceStatus.class, status))
                .where(VisibleRows.naming(caller.viewer(), "sellerId", "buyerId"));
        return paging.fetch(InvoiceView.find(filter.query(), Sort.by("registeredAt").and("id"), filter.parameters()),
                InvoiceDto::of);
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
