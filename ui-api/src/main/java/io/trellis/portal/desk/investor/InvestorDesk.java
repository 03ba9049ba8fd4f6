package io.trellis.portal.desk.investor;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.portal.abs.AbsBodies;
import io.trellis.portal.abs.AbsClient;
import io.trellis.portal.abs.AbsViews;
import io.trellis.portal.abs.FormInput;
import io.trellis.portal.session.CurrentUser;
import io.trellis.portal.session.Roles;
import io.trellis.portal.web.Outcomes;
import io.trellis.portal.web.Pages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The investor's desk: its holdings, the payouts instructed to it date by date, its statement per deal as a PDF,
 * and the deals on offer it may order units of. Everything is asked as the investor itself, so abs-service shows
 * only its own holdings and payouts.
 */
@Path("/investor")
@RolesAllowed(Roles.INVESTOR)
@Produces(MediaType.TEXT_HTML)
public class InvestorDesk {
    private static final int OFFERS_SHOWN = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<AbsViews.Holding> holdings, List<InvestorPayouts.Row> payouts,
                List<String> heldDeals, List<AbsViews.Deal> offers);
    }

    @Inject
    @RestClient
    AbsClient abs;
    @Inject
    CurrentUser user;
    @Inject
    Pages pages;

    @GET
    public String home() {
        List<AbsViews.Holding> holdings = abs.holdingsOf(user.partyId());
        List<String> heldDeals = holdings.stream().map(AbsViews.Holding::poolId).distinct().toList();
        List<InvestorPayouts.Row> payouts = InvestorPayouts.of(heldDeals.stream()
                .map(abs::distributions).toList());
        List<AbsViews.Deal> offers = abs.deals("SUBSCRIPTION_OPEN", 0, OFFERS_SHOWN).items();
        return pages.show(Templates.home(holdings, payouts, heldDeals, offers));
    }

    /** An order for units of a tranche of a deal on offer (a new order for the tranche replaces the earlier one). */
    @POST
    @Path("deals/{id}/orders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response order(@PathParam("id") String id, @FormParam("trancheClass") String trancheClass,
            @FormParam("units") String units) {
        AbsViews.Receipt receipt = abs.order(id, new AbsBodies.Order(trancheClass, FormInput.wholeNumber(units)));
        return Outcomes.showAfterCommit("/investor", receipt.blockNumber());
    }

    /** The investor's statement in a deal, as abs-service renders it, passed through as a download. */
    @GET
    @Path("statements/{dealId}.pdf")
    @Produces(AbsClient.PDF)
    public Response statement(@PathParam("dealId") String dealId) {
        byte[] pdf = abs.statementPdf(user.partyId(), dealId);
        return Response.ok(pdf, AbsClient.PDF)
                .header("Content-Disposition", "attachment; filename=\"statement-" + dealId.replaceAll("[^A-Za-z0-9]", "")
                        + ".pdf\"")
                .build();
    }
}
