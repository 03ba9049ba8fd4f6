package io.trellis.portal.abs;

import io.trellis.chaincode.api.abs.EligibilityReport;
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
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * abs-service as the signed-in user (docs/api.md "abs-service REST"): the read models for pages, the ledger's
 * {@code GetDeal} for allocations, and the desk's writes. The service and the chaincode decide what the user sees.
 */
@RegisterRestClient(configKey = "abs")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface AbsClient {
    String PDF = "application/pdf";

    // --- Read models

    @GET
    @Path("deals")
    AbsViews.DealPage deals(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("deals/{id}/summary")
    AbsViews.Deal summary(@PathParam("id") String id);

    @GET
    @Path("deals/{id}/pool")
    AbsViews.PoolPage pool(@PathParam("id") String id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("deals/{id}/pool/obligors")
    List<AbsViews.ObligorShare> obligors(@PathParam("id") String id);

    @GET
    @Path("deals/{id}/holdings")
    List<AbsViews.Holding> holdings(@PathParam("id") String id);

    @GET
    @Path("deals/{id}/distributions")
    List<AbsViews.Distribution> distributions(@PathParam("id") String id);

    @GET
    @Path("deals/{id}/due-diligence")
    AbsViews.DueDiligence dueDiligence(@PathParam("id") String id);

    @GET
    @Path("investors/{investorId}/holdings")
    List<AbsViews.Holding> holdingsOf(@PathParam("investorId") String investorId);

    @GET
    @Path("investors/{investorId}/statement.pdf")
    @Produces(PDF)
    byte[] statementPdf(@PathParam("investorId") String investorId, @QueryParam("deal") String dealId);

    // --- The ledger, read as the caller

    @GET
    @Path("deals/{id}")
    AbsViews.LedgerDeal ledgerDeal(@PathParam("id") String id);

    @POST
    @Path("deals/{id}/eligibility")
    @Consumes(MediaType.APPLICATION_JSON)
    EligibilityReport eligibility(@PathParam("id") String id, AbsBodies.Vouchers body);

    @POST
    @Path("deals/{id}/stress")
    @Consumes(MediaType.APPLICATION_JSON)
    AbsViews.Stress stress(@PathParam("id") String id, AbsBodies.Stress body);

    // --- Writes: each answers the ledger's receipt once committed

    @POST
    @Path("deals")
    @Consumes(MediaType.APPLICATION_JSON)
    AbsViews.Receipt createDeal(AbsBodies.CreateDeal body);

    @POST
    @Path("deals/{id}/assets")
    @Consumes(MediaType.APPLICATION_JSON)
    AbsViews.Receipt addAssets(@PathParam("id") String id, AbsBodies.Vouchers body);

    @POST
    @Path("deals/{id}/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    AbsViews.Receipt appoint(@PathParam("id") String id, AbsBodies.Appointment body);

    @POST
    @Path("deals/{id}/structure")
    @Consumes(MediaType.APPLICATION_JSON)
    AbsViews.Receipt structure(@PathParam("id") String id, AbsBodies.Structure body);

    @POST
    @Path("deals/{id}/subscription")
    AbsViews.Receipt openSubscription(@PathParam("id") String id);

    @POST
    @Path("deals/{id}/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    AbsViews.Receipt order(@PathParam("id") String id, AbsBodies.Order body);

    @POST
    @Path("deals/{id}/allocation")
    AbsViews.Receipt allocate(@PathParam("id") String id);

    @POST
    @Path("deals/{id}/issuance")
    AbsViews.Receipt issue(@PathParam("id") String id);

    @POST
    @Path("deals/{id}/payment-dates")
    @Consumes(MediaType.APPLICATION_JSON)
    AbsViews.Receipt runPaymentDate(@PathParam("id") String id, AbsBodies.PaymentDate body);
}
