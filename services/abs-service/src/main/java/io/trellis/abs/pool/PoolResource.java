package io.trellis.abs.pool;

import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.Submission;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * Pools: a securities firm creates one (with its deal) for an originator, who moves vouchers in, and out until
 * subscription opens. Each write is signed by the calling party on the ledger.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PoolResource {
    private final Desk desk;

    PoolResource(Desk desk) {
        this.desk = desk;
    }

    @POST
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Create an empty pool and its deal (STRUCTURING) for an originator; the caller manages it")
    @APIResponse(responseCode = "201", description = "Committed: the pool (its id is the deal's) in a receipt")
    @APIResponse(responseCode = "404", description = "PARTY_NOT_FOUND")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE (the originator is no KYC-approved"
            + " supplier or financier)")
    public Response create(@HeaderParam(Idempotency.HEADER) String key,
                           @RequestBody(content = @Content(schema = @Schema(implementation = CreateDealBody.class),
                                   examples = @ExampleObject(name = "pool", value = """
                                           {"originatorId":"91310000MA1K000002","criteria":{"currency":"CNY",\
                                           "minDaysToMaturity":30,"maxDaysToMaturity":365,\
                                           "maxObligorConcentrationBp":4000,"allowedStatuses":["ACTIVE","FINANCED"]},\
                                           "requiredAttestations":["LEGAL_OPINION","AUDIT","TRUSTEE","RATING"],\
                                           "cutOffDate":"2026-03-02"}"""))) String body) {
        return desk.submit(key, body, CreateDealBody.class,
                b -> Submission.creation(TxName.CREATE_POOL, b.toRequest(), Pool.class));
    }

    @POST
    @Path("/{id}/assets")
    @RolesAllowed({Viewer.SUPPLIER, Viewer.FINANCIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Pool vouchers (the originator): the batch is checked as a whole against the criteria, then"
            + " each voucher is POOLED and held by the manager")
    @APIResponse(responseCode = "200", description = "Committed: the pool with its new principal and count")
    @APIResponse(responseCode = "403", description = "ASSET_NOT_HELD_BY_ORIGINATOR")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, VOUCHER_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ASSET_ALREADY_POOLED, DEAL_STRUCTURE_FROZEN (subscription has"
            + " opened)")
    @APIResponse(responseCode = "422", description = "CURRENCY_MISMATCH, ASSET_STATUS_NOT_ELIGIBLE,"
            + " ASSET_MATURITY_OUT_OF_WINDOW, OBLIGOR_CONCENTRATION_EXCEEDED")
    public Response add(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                        @RequestBody(content = @Content(schema = @Schema(implementation = AssetsBody.class),
                                examples = @ExampleObject(name = "batch",
                                        value = "{\"voucherIds\":[\"<voucher id>\",\"<voucher id>\"]}"))) String body) {
        return desk.submit(key, body, AssetsBody.class,
                b -> Submission.change(TxName.ADD_POOL_ASSETS, b.toRequest(id), Pool.class));
    }

    @POST
    @Path("/{id}/assets/remove")
    @RolesAllowed({Viewer.SUPPLIER, Viewer.FINANCIER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Take vouchers back out of the pool (the originator, while STRUCTURING): each returns to its"
            + " status and holder before pooling; what stays must still meet the concentration limit")
    @APIResponse(responseCode = "200", description = "Committed: the pool with its new principal and count")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, POOL_ASSET_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STRUCTURE_FROZEN (subscription has opened)")
    @APIResponse(responseCode = "422", description = "OBLIGOR_CONCENTRATION_EXCEEDED")
    public Response remove(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                           @RequestBody(content = @Content(schema = @Schema(implementation = AssetsBody.class)))
                           String body) {
        return desk.submit(key, body, AssetsBody.class,
                b -> Submission.change(TxName.REMOVE_POOL_ASSETS, b.toRequest(id), Pool.class));
    }
}
