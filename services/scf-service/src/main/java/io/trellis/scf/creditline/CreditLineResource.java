package io.trellis.scf.creditline;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.creditline.ReduceCreditLineRequest;
import io.trellis.chaincode.api.creditline.RevokeCreditLineRequest;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.EmptyBody;
import io.trellis.desk.Submission;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.paging.Filter;
import io.trellis.desk.paging.PageParams;
import io.trellis.desk.paging.Paged;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.Viewer;
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

/**
 * Credit lines: writes signed by the calling financier on the ledger; reads from the read model, narrowed to what
 * the caller may see (see {@link CreditLineVisibility}).
 */
@Path("/credit-lines")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CreditLineResource {
    private final TokenCaller caller;
    private final Desk desk;

    CreditLineResource(TokenCaller caller, Desk desk) {
        this.caller = caller;
        this.desk = desk;
    }

    @POST
    @RolesAllowed(Viewer.FINANCIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Grant a core enterprise a credit line (the calling financier)")
    @APIResponse(responseCode = "201", description = "Committed: the credit line in a receipt")
    @APIResponse(responseCode = "404", description = "PARTY_NOT_FOUND (obligor)")
    @APIResponse(responseCode = "409", description = "CREDIT_LINE_ALREADY_GRANTED")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE, CURRENCY_MISMATCH")
    public Response grant(@HeaderParam(Idempotency.HEADER) String key,
                          @RequestBody(content = @Content(schema = @Schema(implementation = GrantCreditLineBody.class),
                                  examples = @ExampleObject(name = "line", value = """
                                          {"obligorId":"91310000MA1K000001","limit":{"amount":"50000000.00",\
                                          "currency":"CNY"}}"""))) String body) {
        return desk.submit(key, body, GrantCreditLineBody.class, b -> Submission.creation(TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(b.obligorId(), b.limit().toMoney()), CreditLine.class));
    }

    @POST
    @Path("/{obligorId}/reduce")
    @RolesAllowed(Viewer.FINANCIER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Lower the calling financier's line for the core enterprise {obligorId}")
    @APIResponse(responseCode = "200", description = "Committed: the credit line with its new limit in a receipt")
    @APIResponse(responseCode = "404", description = "CREDIT_LINE_NOT_FOUND")
    @APIResponse(responseCode = "422", description = "CREDIT_LINE_IN_USE, ISSUANCE_LIMIT_IN_USE, CREDIT_LINE_REVOKED,"
            + " CURRENCY_MISMATCH")
    public Response reduce(@PathParam("obligorId") String obligorId, @HeaderParam(Idempotency.HEADER) String key,
                           @RequestBody(content = @Content(schema = @Schema(implementation = ReduceCreditLineBody.class),
                                   examples = @ExampleObject(name = "new limit",
                                           value = "{\"limit\":{\"amount\":\"20000000.00\",\"currency\":\"CNY\"}}"))) String body) {
        return desk.submit(key, body, ReduceCreditLineBody.class, b -> Submission.change(TxName.REDUCE_CREDIT_LINE,
                new ReduceCreditLineRequest(obligorId, b.limit().toMoney()), CreditLine.class));
    }

    @POST
    @Path("/{obligorId}/revoke")
    @RolesAllowed(Viewer.FINANCIER)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Revoke the calling financier's line for the core enterprise {obligorId}; no body")
    @APIResponse(responseCode = "200", description = "Committed: the credit line (REVOKED) in a receipt")
    @APIResponse(responseCode = "404", description = "CREDIT_LINE_NOT_FOUND")
    @APIResponse(responseCode = "422", description = "CREDIT_LINE_REVOKED, ISSUANCE_LIMIT_IN_USE")
    public Response revoke(@PathParam("obligorId") String obligorId, @HeaderParam(Idempotency.HEADER) String key,
                           String body) {
        return desk.submit(key, body, EmptyBody.class, b -> Submission.change(TxName.REVOKE_CREDIT_LINE,
                new RevokeCreditLineRequest(obligorId), CreditLine.class));
    }

    /** Lines in id order (financier, then obligor). */
    @GET
    public Paged<CreditLineDto> list(@QueryParam("financier") String financier,
                                     @QueryParam("obligor") String obligor,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        CreditLineVisibility.Scope scope = CreditLineVisibility.listing(caller.viewer(), financier, obligor);
        Filter filter = new Filter().equal("financierId", scope.financierId()).equal("obligorId", scope.obligorId())
                .where(scope.visible());
        return paging.fetch(CreditLineView.find(filter.query(), Sort.by("id"), filter.parameters()),
                CreditLineDto::of);
    }
}
