package io.trellis.abs.eligibility;

import io.quarkus.security.Authenticated;
import io.trellis.abs.desk.CallerQueries;
import io.trellis.abs.pool.AssetsBody;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.desk.Bodies;
import io.trellis.desk.problem.Problem;
import io.trellis.desk.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The eligibility report of a batch of vouchers for a pool: {@code CheckPoolEligibility} evaluated on the chaincode
 * as the caller, so the report is the ledger's own (the same evaluation {@code AddPoolAssets} refuses from) and the
 * chaincode decides who may ask and which vouchers the caller may see. Nothing is written: no Idempotency-Key.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EligibilityResource {
    private final Bodies bodies;
    private final CallerQueries queries;

    EligibilityResource(Bodies bodies, CallerQueries queries) {
        this.bodies = bodies;
        this.queries = queries;
    }

    @POST
    @Path("/{id}/eligibility")
    @RolesAllowed({Viewer.SUPPLIER, Viewer.FINANCIER, Viewer.SECURITIES_FIRM, Viewer.AUDITOR, Viewer.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Would the pool take exactly these vouchers now? (CheckPoolEligibility, read-only)",
            description = "For the pool's originator and manager, auditors, and the operators of their organisations."
                    + " Per voucher, in the order asked: EXISTS, OUTSTANDING, CURRENCY, NOT_POOLED, STATUS, HOLDER,"
                    + " MATURITY, CONCENTRATION, each PASSED, FAILED (with the code AddPoolAssets would refuse with and"
                    + " its message) or NOT_CHECKED; per obligor of the pool and of the eligible vouchers: principal"
                    + " now and after, share in bp (rounded up), limit, passed. A voucher that does not exist or that"
                    + " the caller may not see fails EXISTS with VOUCHER_NOT_FOUND and shows nothing else."
                    + " 'eligible' is true exactly when AddPoolAssets by the originator would accept the batch now.")
    @APIResponse(responseCode = "200", description = "The eligibility report (a refusal is in the report, not a"
            + " problem)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EligibilityReport.class)))
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT: malformed body, no vouchers or more than"
            + " 100, a voucher named twice, an id not of a voucher or a pool", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "role not allowed; CALLER_NOT_REGISTERED, PARTY_NOT_KYC_APPROVED,"
            + " PARTY_IDENTITY_NOT_HOSTED, NOT_ALLOWED (an operator of no Trellis organisation)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND: no such pool, or one the caller may not ask"
            + " about (answered alike)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "LEDGER_UNAVAILABLE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public EligibilityReport check(@PathParam("id") String id,
                          @RequestBody(content = @Content(schema = @Schema(implementation = AssetsBody.class),
                                  examples = @ExampleObject(name = "batch",
                                          value = "{\"voucherIds\":[\"<voucher id>\",\"<voucher id>\"]}")))
                          String body) {
        AssetsBody batch = bodies.read(body, AssetsBody.class);
        return queries.evaluate(TxName.CHECK_POOL_ELIGIBILITY, argument(id, batch), EligibilityReport.class);
    }

    /** The chaincode's argument: the batch {@code AddPoolAssets} would be asked to move. */
    static String argument(String poolId, AssetsBody batch) {
        return JsonCodec.toJson(new PoolAssetsRequest(poolId, batch.voucherIds()));
    }
}
