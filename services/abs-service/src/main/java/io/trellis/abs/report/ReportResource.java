package io.trellis.abs.report;

import io.quarkus.security.Authenticated;
import io.trellis.desk.security.TokenCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Servicer reports per payment date, as CSV or PDF, built from the ledger's figures in the read model. */
@Path("/deals")
@Authenticated
@Tag(name = ReportFiles.TAG)
public class ReportResource {
    private static final String NOT_FOUND = "POOL_NOT_FOUND (also for a deal the caller may not see);"
            + " RESOURCE_NOT_FOUND (no payment date run on that date)";

    private final TokenCaller caller;
    private final Reports reports;

    ReportResource(TokenCaller caller, Reports reports) {
        this.caller = caller;
        this.reports = reports;
    }

    @GET
    @Path("/{id}/reports/{date}.csv")
    @Produces(ReportFiles.CSV)
    @Operation(summary = "The servicer report of a payment date as CSV")
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (not an ISO date)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response csv(@PathParam("id") String id, @PathParam("date") String date) {
        return ReportFiles.csv(reports.servicerReport(caller.viewer(), id, date), fileName(id, date));
    }

    @GET
    @Path("/{id}/reports/{date}.pdf")
    @Produces(ReportFiles.PDF)
    @Operation(summary = "The servicer report of a payment date as PDF")
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (not an ISO date)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response pdf(@PathParam("id") String id, @PathParam("date") String date) {
        return ReportFiles.pdf(reports.servicerReport(caller.viewer(), id, date), fileName(id, date));
    }

    private static String fileName(String id, String date) {
        return "servicer-report-" + id + "-" + date;
    }
}
