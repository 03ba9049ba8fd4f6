package io.trellis.scf.voucher;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.voucher.LineageNode;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.EmptyBody;
import io.trellis.desk.ReasonBody;
import io.trellis.desk.Submission;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.paging.Filter;
import io.trellis.desk.paging.PageParams;
import io.trellis.desk.paging.Paged;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.Viewer;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vouchers: writes signed by the calling party on the ledger; reads from the read model, narrowed to what the
 * caller may see (see {@link VoucherVisibility}).
 */
@Path("/vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VoucherResource {
    private final TokenCaller caller;
    private final Desk desk;

    VoucherResource(TokenCaller caller, Desk desk) {
        this.caller = caller;
        this.desk = desk;
    }

    @POST
    @RolesAllowed(Viewer.CORE_ENTERPRISE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Issue a voucher to a supplier against confirmed invoices (the calling core is the obligor)")
    @APIResponse(responseCode = "201", description = "Committed: the voucher (ISSUED) in a receipt")
    @APIResponse(responseCode = "404", description = "PARTY_NOT_FOUND, INVOICE_NOT_FOUND, CREDIT_LINE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "INVOICE_ALREADY_PLEDGED")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE, INVOICE_PARTY_MISMATCH,"
            + " VOUCHER_EXCEEDS_INVOICES, INVALID_MATURITY, ISSUANCE_LIMIT_EXCEEDED, CURRENCY_MISMATCH")
    public Response issue(@HeaderParam(Idempotency.HEADER) String key,
                          @RequestBody(content = @Content(schema = @Schema(implementation = IssueVoucherBody.class),
                                  examples = @ExampleObject(name = "voucher", value = """
                                          {"supplierId":"91310000MA1K000002","amount":{"amount":"800000.00",\
                                          "currency":"CNY"},"maturityDate":"2026-09-30","invoiceIds":["<invoice id>"]}\
                                          """))) String body) {
        return desk.submit(key, body, IssueVoucherBody.class,
                b -> Submission.creation(TxName.ISSUE_VOUCHER, b.toRequest(), Voucher.class));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Viewer.SUPPLIER)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Accept an issued voucher (its holder); no body")
    @APIResponse(responseCode = "200", description = "Committed: the voucher (ACTIVE) in a receipt")
    @APIResponse(responseCode = "404", description = "VOUCHER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "VOUCHER_STATE_CONFLICT")
    public Response accept(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.ACCEPT_VOUCHER, new VoucherDecision(id, null), Voucher.class));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Viewer.SUPPLIER)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Reject an issued voucher (its holder), with an optional reason")
    @APIResponse(responseCode = "200", description = "Committed: the voucher (REJECTED) in a receipt")
    @APIResponse(responseCode = "404", description = "VOUCHER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "VOUCHER_STATE_CONFLICT")
    public Response reject(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                           @RequestBody(content = @Content(schema = @Schema(implementation = ReasonBody.class))) String body) {
        return desk.submit(key, body, ReasonBody.class,
                b -> Submission.change(TxName.REJECT_VOUCHER, new VoucherDecision(id, b.reason()), Voucher.class));
    }

    @POST
    @Path("/{id}/split")
    @RolesAllowed(Viewer.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Split an active voucher (its holder) into 2 to 99 parts summing exactly to it")
    @APIResponse(responseCode = "200", description = "Committed: the children (ACTIVE, held by the caller) in a receipt")
    @APIResponse(responseCode = "404", description = "VOUCHER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "VOUCHER_STATE_CONFLICT")
    @APIResponse(responseCode = "422", description = "SPLIT_NOT_CONSERVED, TIER_LIMIT_EXCEEDED, VOUCHER_MATURED")
    public Response split(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                          @RequestBody(content = @Content(schema = @Schema(implementation = SplitVoucherBody.class),
                                  examples = @ExampleObject(name = "two parts", value = """
                                          {"parts":[{"amount":"300000.00","currency":"CNY"},\
                                          {"amount":"500000.00","currency":"CNY"}]}"""))) String body) {
        return desk.submit(key, body, SplitVoucherBody.class,
                b -> Submission.change(TxName.SPLIT_VOUCHER, b.toRequest(id), Voucher[].class));
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed(Viewer.SUPPLIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Transfer a whole active voucher (its holder) to another supplier")
    @APIResponse(responseCode = "200", description = "Committed: the child held by the recipient in a receipt")
    @APIResponse(responseCode = "404", description = "VOUCHER_NOT_FOUND, PARTY_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "VOUCHER_STATE_CONFLICT")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE, TIER_LIMIT_EXCEEDED, VOUCHER_MATURED")
    public Response transfer(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                             @RequestBody(content = @Content(schema = @Schema(implementation = TransferVoucherBody.class),
                                     examples = @ExampleObject(name = "recipient",
                                             value = "{\"recipientId\":\"91310000MA1K000003\"}"))) String body) {
        return desk.submit(key, body, TransferVoucherBody.class, b -> Submission.change(TxName.TRANSFER_VOUCHER,
                new TransferVoucherRequest(id, b.recipientId()), Voucher.class));
    }

    @POST
    @Path("/{id}/overdue")
    @RolesAllowed({Viewer.SUPPLIER, Viewer.FINANCIER, Viewer.SECURITIES_FIRM})
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Mark a voucher overdue after its maturity date (its holder); no body")
    @APIResponse(responseCode = "200", description = "Committed: the voucher (OVERDUE) in a receipt")
    @APIResponse(responseCode = "404", description = "VOUCHER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "VOUCHER_STATE_CONFLICT")
    @APIResponse(responseCode = "422", description = "VOUCHER_NOT_MATURE")
    public Response markOverdue(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.MARK_VOUCHER_OVERDUE, new VoucherDecision(id, null), Voucher.class));
    }

    /** The vouchers the caller may see in id order, which is each tree depth first. */
    @GET
    public Paged<VoucherDto> list(@QueryParam("holder") String holder, @QueryParam("status") String status,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        VoucherVisibility.Scope scope = VoucherVisibility.listing(caller.viewer(), holder);
        Filter filter = new Filter()
                .equal("holderId", scope.holderId())
                .equal("obligorId", scope.obligorId())
                .equal("status", StatusQuery.of(VoucherStatus.class, status))
                .where(scope.visible());
        return paging.fetch(VoucherView.find(filter.query(), Sort.by("id"), filter.parameters()), VoucherDto::of);
    }

    @GET
    @Path("/{id}")
    public VoucherDto get(@PathParam("id") String id) {
        return VoucherDto.of(visible(id, caller.viewer()));
    }

    /** The tree under the voucher's root, root first then depth first: for the obligor and auditors only. */
    @GET
    @Path("/{id}/lineage")
    public VoucherLineage lineage(@PathParam("id") String id) {
        Viewer viewer = caller.viewer();
        VoucherView voucher = visible(id, viewer);
        if (!VoucherVisibility.canSeeLineage(viewer, voucher)) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED, "only the obligor or an auditor may see a whole lineage");
        }
        List<VoucherView> tree = VoucherView.list("rootId", Sort.by("id"), voucher.rootId);
        return new VoucherLineage(voucher.rootId, voucher.obligorId, tree.stream().map(VoucherResource::node).toList());
    }

    /** A voucher the caller may not see is reported exactly like one that does not exist. */
    private static VoucherView visible(String id, Viewer viewer) {
        VoucherView voucher = VoucherView.findById(id);
        if (voucher == null || !VoucherVisibility.canSee(viewer, voucher)) {
            throw new ProblemException(ErrorCode.VOUCHER_NOT_FOUND, "no voucher " + id);
        }
        return voucher;
    }

    private static LineageNode node(VoucherView view) {
        return new LineageNode(view.id, view.parentId, view.holderId, Money.of(view.amountMinor, view.currency),
                Money.of(view.outstandingMinor, view.currency), view.tier, VoucherStatus.valueOf(view.status));
    }
}
