package io.trellis.portal.desk.securities;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.portal.abs.AbsBodies;
import io.trellis.portal.abs.AbsClient;
import io.trellis.portal.abs.AbsViews;
import io.trellis.portal.abs.FormInput;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The securities firm's desk: the deals it manages, and a new pool for an originator. */
@Path("/securities")
@RolesAllowed(Roles.SECURITIES_FIRM)
@Produces(MediaType.TEXT_HTML)
public class SecuritiesDesk {
    /** Deals shown on the desk's first page. */
    static final int DEALS_SHOWN = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<AbsViews.Deal> deals, long total);
    }

    @Inject
    @RestClient
    AbsClient abs;
    @Inject
    Pages pages;

    @GET
    public String home() {
        AbsViews.DealPage deals = abs.deals(null, 0, DEALS_SHOWN);
        return pages.show(Templates.home(deals.items(), deals.total()));
    }

    /**
     * A new pool and its deal; the firm becomes its manager, the originator moves vouchers in. (Not under
     * {@code /securities/deals}: that prefix is {@link SecuritiesDeskDeal}'s, and the router would not look further.)
     */
    @POST
    @Path("pools")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("originatorId") String originatorId, @FormParam("cutOffDate") String cutOffDate,
            @FormParam("minDays") String minDays, @FormParam("maxDays") String maxDays,
            @FormParam("concentration") String concentrationPercent, @FormParam("status") List<String> statuses,
            @FormParam("attestation") List<String> attestations) {
        AbsBodies.Criteria criteria = new AbsBodies.Criteria("CNY", FormInput.wholeNumber(minDays),
                FormInput.wholeNumber(maxDays), FormInput.basisPoints(concentrationPercent),
                statuses == null ? List.of() : statuses);
        AbsViews.Receipt receipt = abs.createDeal(new AbsBodies.CreateDeal(strip(originatorId), criteria,
                attestations == null ? List.of() : attestations, strip(cutOffDate)));
        return Outcomes.showAfterCommit("/securities/deals/" + receipt.result().path("id").asText(),
                receipt.blockNumber());
    }

    static String strip(String typed) {
        return typed == null ? null : typed.strip();
    }
}
