package io.trellis.portal.scf;

import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scf-service's financings: a supplier offers a whole voucher to a bank; the bank decides (its desk). */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/financings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Financings {
    record Application(String voucherId, String financierId) {
    }

    /** The private terms the financier approves with; the value date {@code yyyy-MM-dd} as typed. */
    record Approval(int rateBps, String valueDate) {
    }

    record Decline(String reason) {
    }

    /** The financier's payment of the proceeds, by its own payment id. */
    record Disbursement(String paymentId) {
    }

    /** What a confirmed disbursement answers: the financing, and whether the ledger had it already. */
    record Disbursed(FinancingView financing, boolean replayed) {
    }

    @POST
    Receipt<FinancingView> apply(Application application);

    /** The financings the caller applied for (or was asked for), in application order; {@code status} may be null. */
    @GET
    Listing<FinancingView> list(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    FinancingView get(@PathParam("id") String id);

    /** The private terms once approved: for the financing's applicant and financier only. */
    @GET
    @Path("/{id}/terms")
    FinancingTerms terms(@PathParam("id") String id);

    @POST
    @Path("/{id}/approve")
    Receipt<FinancingView> approve(@PathParam("id") String id, Approval approval);

    @POST
    @Path("/{id}/decline")
    Receipt<FinancingView> decline(@PathParam("id") String id, Decline decline);

    @POST
    @Path("/{id}/disbursement")
    Receipt<Disbursed> confirmDisbursement(@PathParam("id") String id, Disbursement disbursement);
}
