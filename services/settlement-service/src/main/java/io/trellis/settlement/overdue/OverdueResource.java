package io.trellis.settlement.overdue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Runs the overdue job now, for the platform's operators (it otherwise runs on its schedule). */
@Path("/overdue-runs")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueResource {
    private final OverdueJob job;

    OverdueResource(OverdueJob job) {
        this.job = job;
    }

    @POST
    @RolesAllowed("operator")
    @Operation(summary = "Run the overdue job now",
            description = "Asks the chaincode to mark payable vouchers past maturity plus grace OVERDUE; a repeat changes nothing.")
    @APIResponse(responseCode = "200", description = "What the run examined, marked and what the chaincode declined")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED: not an operator")
    @APIResponse(responseCode = "503", description = "LEDGER_UNAVAILABLE: no peer answered")
    public OverdueRun run() {
        return job.run();
    }
}
