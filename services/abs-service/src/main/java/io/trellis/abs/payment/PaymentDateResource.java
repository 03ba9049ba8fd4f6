package io.trellis.abs.payment;

import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Distribution;
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

/** Payment dates: the manager runs the waterfall of the next scheduled date over the cash collected since the last. */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PaymentDateResource {
    private final Desk desk;

    PaymentDateResource(Desk desk) {
        this.desk = desk;
    }

    @POST
    @Path("/{id}/payment-dates")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Run the next scheduled payment date (the manager, on or after it): collections since the"
            + " last date plus the carry, defaults as of the date, the waterfall, payout instructions to investors and"
            + " the servicer report anchored by its hash")
    @APIResponse(responseCode = "201", description = "Committed: the distribution (servicer report, payouts in step"
            + " order, the new waterfall state) in a receipt")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "PAYMENT_DATE_NOT_DUE (before the next date, or none left),"
            + " DEAL_STATE_CONFLICT (not issued, or matured)")
    public Response run(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                        @RequestBody(content = @Content(schema = @Schema(implementation = PaymentDateBody.class),
                                examples = @ExampleObject(name = "report", value = """
                                        {"documentHash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}\
                                        """))) String body) {
        return desk.submit(key, body, PaymentDateBody.class,
                b -> Submission.creation(TxName.RUN_PAYMENT_DATE, b.toRequest(id), Distribution.class));
    }
}
