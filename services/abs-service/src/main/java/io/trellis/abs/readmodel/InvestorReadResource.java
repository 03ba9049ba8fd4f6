package io.trellis.abs.readmodel;

import io.quarkus.security.Authenticated;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.Viewer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An investor's holdings across deals from the read model: for the investor, its operator and auditors. */
@Path("/investors")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = DealReadResource.TAG)
public class InvestorReadResource {
    private final TokenCaller caller;
    private final DealReads reads;

    InvestorReadResource(TokenCaller caller, DealReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @Path("/{investorId}/holdings")
    @Operation(summary = "The investor's holdings in every deal, by deal and seniority")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED (another investor's holdings)")
    public List<HoldingDto> holdings(@PathParam("investorId") String investorId) {
        Viewer viewer = caller.viewer();
        DealVisibility.requireInvestorList(viewer, investorId);
        return reads.holdingsOf(investorId);
    }
}
