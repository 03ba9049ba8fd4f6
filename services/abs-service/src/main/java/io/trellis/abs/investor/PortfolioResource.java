package io.trellis.abs.investor;

import io.quarkus.security.Authenticated;
import io.trellis.abs.desk.CallerQueries;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.InvestorPortfolio;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An investor's holdings and every payout instructed to it, read on the chaincode as the caller. */
@Path("/investors")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PortfolioResource {
    private final CallerQueries queries;

    PortfolioResource(CallerQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{investorId}/portfolio")
    @Operation(summary = "An investor's portfolio (GetInvestorPortfolio): for that investor, its operator, auditors")
    @APIResponse(responseCode = "200", description = "Holdings per pool and tranche, and every payout instructed",
            content = @Content(schema = @Schema(implementation = InvestorPortfolio.class)))
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (not a party id)")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED (another investor's portfolio)")
    public InvestorPortfolio get(@PathParam("investorId") String investorId) {
        return queries.evaluate(TxName.GET_INVESTOR_PORTFOLIO, investorId, InvestorPortfolio.class);
    }
}
