package io.trellis.abs.report;

import io.quarkus.security.Authenticated;
import io.trellis.desk.security.TokenCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Investor statements per deal, as CSV or PDF, built from the ledger's figures in the read model. */
@Path("/investors")
@Authenticated
@Tag(name = ReportFiles.TAG)
public class StatementResource {
    private static final String FORBIDDEN = "NOT_ALLOWED (another investor's statement, unless the caller sees the"
            + " deal whole)";
    private static final String NOT_FOUND = "POOL_NOT_FOUND, also for a deal the caller may not see";

    private final TokenCaller caller;
    private final Reports reports;

    StatementResource(TokenCaller caller, Reports reports) {
        this.caller = caller;
        this.reports = reports;
    }

    @GET
    @Path("/{investorId}/statement.csv")
    @Produces(ReportFiles.CSV)
    @Operation(summary = "An investor's statement in a deal (?deal=<pool id>) as CSV")
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (no deal)")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response csv(@PathParam("investorId") String investorId, @QueryParam("deal") String deal) {
        return ReportFiles.csv(reports.statement(caller.viewer(), investorId, deal), fileName(investorId, deal));
    }

    @GET
    @Path("/{investorId}/statement.pdf")
    @Produces(ReportFiles.PDF)
    @Operation(summary = "An investor's statement in a deal (?deal=<pool id>) as PDF")
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (no deal)")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response pdf(@PathParam("investorId") String investorId, @QueryParam("deal") String deal) {
        return ReportFiles.pdf(reports.statement(caller.viewer(), investorId, deal), fileName(investorId, deal));
    }

    private static String fileName(String investorId, String deal) {
        return "statement-" + investorId + "-" + deal;
    }
}
