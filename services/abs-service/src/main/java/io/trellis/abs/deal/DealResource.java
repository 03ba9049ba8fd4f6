package io.trellis.abs.deal;

import io.quarkus.security.Authenticated;
import io.trellis.abs.desk.CallerQueries;
import io.trellis.abs.desk.PathEnums;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheQuery;
import io.trellis.chaincode.api.abs.TrancheSeeThrough;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.EmptyBody;
import io.trellis.desk.Submission;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
 * A deal as the ledger holds it, read on the chaincode as the caller (its visibility rule decides), and the
 * manager's structuring and cancellation.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DealResource {
    private final Desk desk;
    private final CallerQueries queries;

    DealResource(Desk desk, CallerQueries queries) {
        this.desk = desk;
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The deal as the caller may see it (GetDeal): pool, status, structure, allocations, holdings,"
            + " waterfall state, pooled vouchers, appointments, attestations, ratings, servicer reports")
    @APIResponse(responseCode = "200", description = "The DealView; an investor or service provider sees only its own"
            + " allocations and holdings", content = @Content(schema = @Schema(implementation = DealView.class)))
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (not a pool id)")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, also for a deal the caller may not see")
    public DealView get(@PathParam("id") String id) {
        return queries.evaluate(TxName.GET_DEAL, id, DealView.class);
    }

    @GET
    @Path("/{id}/tranches/{trancheClass}")
    @Operation(summary = "See-through (GetTrancheAssets): a tranche's terms and balance, every pooled voucher as it is"
            + " now, and what each obligor still owes")
    @APIResponse(responseCode = "200", description = "The tranche's see-through",
            content = @Content(schema = @Schema(implementation = TrancheSeeThrough.class)))
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (not a pool id or tranche class)")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND (also for a deal the caller may not see),"
            + " TRANCHE_NOT_FOUND")
    public TrancheSeeThrough seeThrough(@PathParam("id") String id, @PathParam("trancheClass") String trancheClass) {
        TrancheQuery query = new TrancheQuery(id, PathEnums.parse(TrancheClass.class, trancheClass, "trancheClass"));
        return queries.evaluate(TxName.GET_TRANCHE_ASSETS, JsonCodec.toJson(query), TrancheSeeThrough.class);
    }

    @POST
    @Path("/{id}/structure")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Set the tranches, fees, dates and trigger (the manager, while STRUCTURING); measured"
            + " against the pool's principal now and again when subscription opens")
    @APIResponse(responseCode = "200", description = "Committed: the deal with its normalised structure")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STRUCTURE_FROZEN (subscription has opened)")
    @APIResponse(responseCode = "422", description = "TRANCHE_SET_INVALID, TRANCHE_PRINCIPAL_NOT_WHOLE_UNITS,"
            + " SUBORDINATED_COUPON_NOT_ALLOWED, TRANCHES_EXCEED_POOL_PRINCIPAL, PAYMENT_DATES_NOT_INCREASING,"
            + " CURRENCY_MISMATCH")
    public Response structure(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                              @RequestBody(content = @Content(schema = @Schema(implementation = StructureBody.class),
                                      examples = @ExampleObject(name = "three tranches", value = """
                                              {"tranches":[\
                                              {"trancheClass":"SENIOR","principal":{"amount":"750000.00","currency":"CNY"},"couponBp":300},\
                                              {"trancheClass":"MEZZANINE","principal":{"amount":"150000.00","currency":"CNY"},"couponBp":600},\
                                              {"trancheClass":"SUBORDINATED","principal":{"amount":"100000.00","currency":"CNY"},"couponBp":0}],\
                                              "feesPerPaymentDate":{"amount":"1500.00","currency":"CNY"},"issueDate":"2026-04-01",\
                                              "paymentDates":["2026-07-01","2026-10-01","2027-01-01"],"defaultTriggerBp":400}\
                                              """))) String body) {
        return desk.submit(key, body, StructureBody.class,
                b -> Submission.change(TxName.SET_DEAL_STRUCTURE, b.toRequest(id), Deal.class));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Cancel the deal (the manager, until issued); no body. Every voucher still POOLED goes back"
            + " to the originator as it was")
    @APIResponse(responseCode = "200", description = "Committed: the deal (CANCELLED) in a receipt")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STATE_CONFLICT (issued, matured or already cancelled)")
    public Response cancel(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.CANCEL_DEAL, new DealRequest(id), Deal.class));
    }
}
