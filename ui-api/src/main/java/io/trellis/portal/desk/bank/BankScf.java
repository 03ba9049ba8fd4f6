package io.trellis.portal.desk.bank;

import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import io.trellis.portal.desk.bank.BankViews.CreditLine;
import io.trellis.portal.desk.bank.BankViews.Financing;
import io.trellis.portal.desk.bank.BankViews.Page;
import io.trellis.portal.desk.bank.BankViews.Party;
import io.trellis.portal.desk.bank.BankViews.Receipt;
import io.trellis.portal.desk.bank.BankViews.Settlement;
import io.trellis.portal.desk.bank.BankViews.Terms;
import io.trellis.portal.desk.bank.BankViews.Voucher;
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

/** What the bank desk asks of scf-service, always with the signed-in user's token: the service decides visibility. */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BankScf {

    @GET
    @Path("financings")
    Page<Financing> financings(@QueryParam("status") String status, @QueryParam("size") int size);

    @GET
    @Path("financings/{id}")
    Financing financing(@PathParam("id") String id);

    @GET
    @Path("financings/{id}/terms")
    Terms terms(@PathParam("id") String id);

    @POST
    @Path("financings/{id}/approve")
    Receipt approve(@PathParam("id") String id, BankBodies.Approve terms);

    @POST
    @Path("financings/{id}/decline")
    Receipt decline(@PathParam("id") String id, BankBodies.Decline reason);

    @POST
    @Path("financings/{id}/disbursement")
    Receipt confirmDisbursement(@PathParam("id") String id, BankBodies.Disbursement payment);

    @GET
    @Path("credit-lines")
    Page<CreditLine> creditLines(@QueryParam("financier") String financierId, @QueryParam("size") int size);

    @POST
    @Path("credit-lines")
    Receipt grant(BankBodies.GrantLine line);

    @GET
    @Path("vouchers")
    Page<Voucher> vouchersHeld(@QueryParam("holder") String holderId, @QueryParam("page") int page,
                               @QueryParam("size") int size);

    @GET
    @Path("settlements")
    Page<Settlement> settlementsPosted(@QueryParam("bank") String bankId, @QueryParam("size") int size);

    @GET
    @Path("parties/{id}")
    Party party(@PathParam("id") String id);
}
