package io.trellis.scf.financing;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.DisbursementOutcome;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingDecision;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.ReasonBody;
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

/** Financings: writes signed by the calling party on the ledger, reads from the read model (terms: the ledger). */
@Path("/financings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FinancingResource {
    private final TokenCaller caller;
    private final Desk desk;

    FinancingResource(TokenCaller caller, Desk desk) {
        this.caller = caller;
        this.desk = desk;
    }

    @POST
    @RolesAllowed(Viewer.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Apply for financing of a whole active voucher (its holder) to a financier")
    @APIResponse(responseCode = "201", description = "Committed: the financing (APPLIED) in a receipt")
    @APIResponse(responseCode = "404", description = "VOUCHER_NOT_FOUND, PARTY_NOT_FOUND, CREDIT_LINE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "VOUCHER_STATE_CONFLICT")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE, VOUCHER_MATURED")
    public Response apply(@HeaderParam(Idempotency.HEADER) String key,
                          @RequestBody(content = @Content(schema = @Schema(implementation = ApplyFinancingBody.class),
                                  examples = @ExampleObject(name = "application", value = """
                                          {"voucherId":"CV0123456789ABCDEF0123-01","financierId":"91310000MA1K000004"}\
                                          """))) String body) {
        return desk.submit(key, body, ApplyFinancingBody.class, b -> Submission.creation(TxName.APPLY_FINANCING,
                new ApplyFinancingRequest(b.voucherId(), b.financierId()), Financing.class));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Viewer.FINANCIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Approve a financing (the financier asked) with private terms",
            description = "The terms travel as transient data: only their hash reaches the public ledger.")
    @APIResponse(responseCode = "200", description = "Committed: the financing (APPROVED, termsHash) in a receipt")
    @APIResponse(responseCode = "404", description = "FINANCING_NOT_FOUND, CREDIT_LINE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "FINANCING_STATE_CONFLICT")
    @APIResponse(responseCode = "422", description = "INVALID_FINANCING_TERMS, CREDIT_LINE_EXCEEDED")
    public Response approve(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                            @RequestBody(content = @Content(schema = @Schema(implementation = ApproveFinancingBody.class),
                                    examples = @ExampleObject(name = "terms",
                                            value = "{\"rateBps\":450,\"valueDate\":\"2026-03-02\"}"))) String body) {
        return desk.submit(key, body, ApproveFinancingBody.class,
                b -> Submission.change(TxName.APPROVE_FINANCING, new FinancingDecision(id, null), Financing.class)
                        .withTransient(TxName.TRANSIENT_TERMS, b.toOffer()));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Viewer.FINANCIER)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Decline a financing (the financier asked), with an optional reason")
    @APIResponse(responseCode = "200", description = "Committed: the financing (DECLINED) in a receipt")
    @APIResponse(responseCode = "404", description = "FINANCING_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "FINANCING_STATE_CONFLICT")
    public Response decline(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                            @RequestBody(content = @Content(schema = @Schema(implementation = ReasonBody.class))) String body) {
        return desk.submit(key, body, ReasonBody.class,
                b -> Submission.change(TxName.DECLINE_FINANCING, new FinancingDecision(id, b.reason()), Financing.class));
    }

    @POST
    @Path("/{id}/disbursement")
    @RolesAllowed(Viewer.FINANCIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Confirm the disbursement of an approved financing (the financier)",
            description = "Idempotent on paymentId on the ledger too: a replay answers replayed=true.")
    @APIResponse(responseCode = "200", description = "Committed: {financing (DISBURSED), replayed} in a receipt")
    @APIResponse(responseCode = "404", description = "FINANCING_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "FINANCING_STATE_CONFLICT, PAYMENT_ID_REUSED")
    public Response confirmDisbursement(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                                        @RequestBody(content = @Content(schema = @Schema(implementation = DisbursementBody.class),
                                                examples = @ExampleObject(name = "payment",
                                                        value = "{\"paymentId\":\"PAY-2026-0001\"}"))) String body) {
        return desk.submit(key, body, DisbursementBody.class, b -> Submission.change(TxName.CONFIRM_DISBURSEMENT,
                new DisbursementNotice(id, b.paymentId()), DisbursementOutcome.class));
    }

    /**
     * The financings the caller may see, in the order they were applied for: those asked of it (a financier), those
     * it applied for (a supplier); an operator its organisation's parties'; auditors all.
     */
    @GET
    public Paged<FinancingDto> list(@QueryParam("status") String status,
                                    @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        Filter filter = new Filter()
                .equal("status", StatusQuery.of(FinancingStatus.class, status))
                .where(VisibleRows.naming(caller.viewer(), "applicantId", "financierId"));
        return paging.fetch(FinancingView.find(filter.query(), Sort.by("appliedAt").and("id"), filter.parameters()),
                FinancingDto::of);
    }

    /** A financing the caller may not see is reported exactly like one that does not exist. */
    @GET
    @Path("/{id}")
    public FinancingDto get(@PathParam("id") String id) {
        FinancingView financing = FinancingView.findById(id);
        if (financing == null || !caller.viewer().sees(financing.applicantId, financing.financierId)) {
            throw new ProblemException(ErrorCode.FINANCING_NOT_FOUND, "no financing " + id);
        }
        return FinancingDto.of(financing);
    }

    /**
     * The private terms, read on the ledger as the caller, on its own organisation's peer (a member of the
     * financier's collection for the platform's and the bank's parties). The chaincode decides who sees them.
     */
    @GET
    @Path("/{id}/terms")
    @RolesAllowed({Viewer.SUPPLIER, Viewer.FINANCIER})
    @Operation(summary = "The private terms of an approved financing: for its applicant and financier only")
    @APIResponse(responseCode = "200", description = "rate, value date, days, interest and proceeds")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED, PARTY_IDENTITY_NOT_HOSTED")
    @APIResponse(responseCode = "404", description = "FINANCING_NOT_FOUND, FINANCING_TERMS_NOT_FOUND,"
            + " PRIVATE_DATA_NOT_AVAILABLE")
    public FinancingTerms terms(@PathParam("id") String id) {
        return desk.evaluate(TxName.GET_FINANCING_TERMS, id, FinancingTerms.class);
    }
}
