package io.trellis.scf.financing;

import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.TokenCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Financings from the read model: for their applicant, their financier, auditors and operators. */
@Path("/financings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FinancingResource {
    private final TokenCaller caller;

    FinancingResource(TokenCaller caller) {
        this.caller = caller;
    }

    /** A financing the caller may not see is reported exactly like one that does not exist. */
    @GET
    @Path("/{id}")
    public FinancingDto get(@PathParam("id") String id) {
        FinancingView financing = FinancingView.findById(id);
        if (financing == null || !caller.viewer().sees(financing.applicantId, financing.financierId)) {
            throw new ProblemException(ErrorCode.FINANCING_NOT_FOUND, "no financing " + id);
        }
        return FinancingDto.of(financing);
    }
}
