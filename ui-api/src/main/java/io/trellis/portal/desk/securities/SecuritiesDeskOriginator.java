package io.trellis.portal.desk.securities;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.portal.abs.AbsBodies;
import io.trellis.portal.abs.AbsClient;
import io.trellis.portal.abs.AbsViews;
import io.trellis.portal.abs.DealReads;
import io.trellis.portal.abs.EligibilityView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The originator's side of a securities firm's pool: the ledger lets only the pool's originator (the supplier or
 * financier selling its vouchers) move vouchers in, so the securities firm's pool gets its vouchers here, after the
 * eligibility report has shown, voucher by voucher and obligor by obligor, what the pool would take.
 */
@Path("/pools")
@RolesAllowed({Roles.SUPPLIER, Roles.FINANCIER})
@Produces(MediaType.TEXT_HTML)
public class SecuritiesDeskOriginator {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pools(List<AbsViews.Deal> deals);

        static native TemplateInstance pool(AbsViews.Deal deal, List<AbsViews.PooledVoucher> vouchers);
    }

    @Inject
    @RestClient
    AbsClient abs;
    @Inject
    DealReads reads;
    @Inject
    CurrentUser user;
    @Inject
    Pages pages;

    @GET
    public String pools() {
        List<AbsViews.Deal> originated = abs.deals(null, 0, SecuritiesDesk.DEALS_SHOWN).items().stream()
                .filter(d -> d.originatorId().equals(user.partyId())).toList();
        return pages.show(Templates.pools(originated));
    }

    @GET
    @Path("{id}")
    public String pool(@PathParam("id") String id, @QueryParam("recorded") String recorded) {
        AbsViews.Deal deal = reads.summary(id, DealReads.block(recorded));
        return pages.show(Templates.pool(deal, abs.pool(id, 0, 200).items()));
    }

    @POST
    @Path("{id}/eligibility")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String eligibility(@PathParam("id") String id, @FormParam("voucherIds") String voucherIds) {
        EligibilityReport report = abs.eligibility(id, new AbsBodies.Vouchers(FormInput.items(voucherIds)));
        return pages.show(SecuritiesDeskDeal.Templates.eligibility(EligibilityView.of(report)));
    }

    @POST
    @Path("{id}/assets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") String id, @FormParam("voucherIds") String voucherIds) {
        AbsViews.Receipt receipt = abs.addAssets(id, new AbsBodies.Vouchers(FormInput.items(voucherIds)));
        return Outcomes.showAfterCommit("/pools/" + id, receipt.blockNumber());
    }
}
