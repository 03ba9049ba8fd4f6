package io.trellis.abs.offering;

import io.quarkus.security.Authenticated;
import io.trellis.abs.desk.PathEnums;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.ResizeTrancheRequest;
import io.trellis.chaincode.api.abs.Subscription;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.EmptyBody;
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
 * The offer: the manager opens subscription (which freezes pool and structure), closes it into an allocation,
 * resizes an undersubscribed tranche and issues; investors order.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class OfferingResource {
    private final Desk desk;

    OfferingResource(Desk desk) {
        this.desk = desk;
    }

    @POST
    @Path("/{id}/subscription")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Open subscription, which FREEZES the pool and the structure (the manager); no body. The"
            + " structure is measured against the pool as it is now; due diligence must clear the deal")
    @APIResponse(responseCode = "200", description = "Committed: the deal (SUBSCRIPTION_OPEN) in a receipt")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STATE_CONFLICT (not STRUCTURING, or no structure yet)")
    @APIResponse(responseCode = "422", description = "ATTESTATION_ADVERSE (an ADVERSE opinion is on record until its"
            + " author withdraws it), ATTESTATION_MISSING, TRANCHE_RATING_MISSING, TRANCHES_EXCEED_POOL_PRINCIPAL"
            + " and the other structure rules")
    public Response open(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.OPEN_SUBSCRIPTION, new DealRequest(id), Deal.class));
    }

    @POST
    @Path("/{id}/orders")
    @RolesAllowed(Viewer.INVESTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Order units of a tranche (a KYC-approved investor, while subscription is open); a new order"
            + " for the tranche replaces the caller's earlier one")
    @APIResponse(responseCode = "201", description = "Committed: the order in a receipt")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, TRANCHE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STATE_CONFLICT (subscription is not open)")
    @APIResponse(responseCode = "422", description = "AMOUNT_OUT_OF_RANGE (more units than the tranche offers)")
    public Response order(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                          @RequestBody(content = @Content(schema = @Schema(implementation = OrderBody.class),
                                  examples = @ExampleObject(name = "senior", value = """
                                          {"trancheClass":"SENIOR","units":4000}"""))) String body) {
        return desk.submit(key, body, OrderBody.class,
                b -> Submission.creation(TxName.SUBSCRIBE, b.toRequest(id), Subscription.class));
    }

    @POST
    @Path("/{id}/allocation")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Close subscription and allocate (the manager); no body. An oversubscribed tranche is shared"
            + " pro rata to the unit, the units left over to the largest orders")
    @APIResponse(responseCode = "200", description = "Committed: the deal (ALLOCATED) with its allocations")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STATE_CONFLICT (subscription is not open)")
    public Response allocate(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.CLOSE_SUBSCRIPTION, new DealRequest(id), Deal.class));
    }

    @POST
    @Path("/{id}/tranches/{trancheClass}/resize")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Shrink an undersubscribed tranche (the manager, while ALLOCATED); the orders are allocated"
            + " again against the new size")
    @APIResponse(responseCode = "200", description = "Committed: the deal with the resized structure and allocations")
    @APIResponse(responseCode = "400", description = "trancheClass not one of SENIOR, MEZZANINE, SUBORDINATED")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, TRANCHE_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STATE_CONFLICT (not ALLOCATED)")
    @APIResponse(responseCode = "422", description = "TRANCHE_RESIZE_INVALID")
    public Response resize(@PathParam("id") String id, @PathParam("trancheClass") String trancheClass,
                           @HeaderParam(Idempotency.HEADER) String key,
                           @RequestBody(content = @Content(schema = @Schema(implementation = ResizeBody.class),
                                   examples = @ExampleObject(name = "smaller", value = "{\"units\":1200}"))) String body) {
        return desk.submit(key, body, ResizeBody.class, b -> Submission.change(TxName.RESIZE_TRANCHE,
                new ResizeTrancheRequest(id, PathEnums.parse(TrancheClass.class, trancheClass, "trancheClass"),
                        b.units()), Deal.class));
    }

    @POST
    @Path("/{id}/issuance")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Issue the deal (the manager, once every tranche is fully allocated); no body. Holdings are"
            + " recorded and the pool's collections so far are carried into the first payment date")
    @APIResponse(responseCode = "200", description = "Committed: the deal (ISSUED) with its holdings")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STATE_CONFLICT (not ALLOCATED: also a second issuance)")
    @APIResponse(responseCode = "422", description = "DEAL_UNDERSUBSCRIBED (resize the tranche or cancel)")
    public Response issue(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class,
                b -> Submission.change(TxName.ISSUE_DEAL, new DealRequest(id), Deal.class));
    }
}
