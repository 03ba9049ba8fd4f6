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
import io.trellis.portal.abs.WaterfallChart;
import io.trellis.portal.abs.WaterfallFlows;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One deal on the securities firm's desk: pool and eligibility, due diligence, structure, offering book, issuance,
 * payment dates with the waterfall per tranche, and the stress test. Every write is the manager's own, signed on the
 * ledger by its identity; the page after it waits for the read model to show it.
 */
@Path("/securities/deals/{id}")
@RolesAllowed(Roles.SECURITIES_FIRM)
@Produces(MediaType.TEXT_HTML)
public class SecuritiesDeskDeal {
    private static final int POOL_SHOWN = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deal(DealPage page);

        static native TemplateInstance waterfall(AbsViews.Deal deal, List<AbsViews.Distribution> distributions,
                List<WaterfallFlows.TrancheFlow> flows, String chartJson);

        static native TemplateInstance eligibility(EligibilityView report);

        static native TemplateInstance stress(AbsViews.Stress stress);
    }

    @Inject
    @RestClient
    AbsClient abs;
    @Inject
    DealReads reads;
    @Inject
    Pages pages;

    @GET
    public String deal(@PathParam("id") String id, @QueryParam("recorded") String recorded) {
        AbsViews.Deal deal = reads.summary(id, DealReads.block(recorded));
        List<AbsViews.Allocation> book = deal.structuring() || deal.offered() ? List.of()
                : abs.ledgerDeal(id).deal().allocations();
        return pages.show(Templates.deal(new DealPage(deal, abs.pool(id, 0, POOL_SHOWN).items(), abs.obligors(id),
                abs.dueDiligence(id), book, abs.distributions(id))));
    }

    @GET
    @Path("waterfall")
    public String waterfall(@PathParam("id") String id, @QueryParam("recorded") String recorded) {
        AbsViews.Deal deal = reads.summary(id, DealReads.block(recorded));
        List<AbsViews.Distribution> distributions = abs.distributions(id);
        LocalDate last = deal.paymentDates() == null || deal.paymentDates().isEmpty() ? null
                : deal.paymentDates().getLast();
        List<WaterfallFlows.TrancheFlow> flows = WaterfallFlows.of(
                deal.tranches().stream().map(AbsViews.Tranche::trancheClass).toList(), last, distributions,
                deal.poolPrincipal().currency());
        return pages.show(Templates.waterfall(deal, distributions, flows, WaterfallChart.json(flows, pages.lang())));
    }

    /** The eligibility report of vouchers for this pool, as the manager may see them (nothing is written). */
    @POST
    @Path("eligibility")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String eligibility(@PathParam("id") String id, @FormParam("voucherIds") String voucherIds) {
        EligibilityReport report = abs.eligibility(id, new AbsBodies.Vouchers(FormInput.items(voucherIds)));
        return pages.show(Templates.eligibility(EligibilityView.of(report)));
    }

    @POST
    @Path("appointments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response appoint(@PathParam("id") String id, @FormParam("role") String role,
            @FormParam("providerId") String providerId) {
        return shown(id, abs.appoint(id, new AbsBodies.Appointment(role, SecuritiesDesk.strip(providerId))));
    }

    @POST
    @Path("structure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response structure(@PathParam("id") String id, @FormParam("seniorPrincipal") String seniorPrincipal,
            @FormParam("seniorCoupon") String seniorCoupon, @FormParam("mezzaninePrincipal") String mezzaninePrincipal,
            @FormParam("mezzanineCoupon") String mezzanineCoupon,
            @FormParam("subordinatedPrincipal") String subordinatedPrincipal, @FormParam("fees") String fees,
            @FormParam("issueDate") String issueDate, @FormParam("paymentDates") String paymentDates,
            @FormParam("trigger") String triggerPercent) {
        StructureForm form = new StructureForm(seniorPrincipal, seniorCoupon, mezzaninePrincipal, mezzanineCoupon,
                subordinatedPrincipal, fees, issueDate, paymentDates, triggerPercent);
        return shown(id, abs.structure(id, form.body()));
    }

    @POST
    @Path("subscription")
    public Response openSubscription(@PathParam("id") String id) {
        return shown(id, abs.openSubscription(id));
    }

    @POST
    @Path("allocation")
    public Response allocate(@PathParam("id") String id) {
        return shown(id, abs.allocate(id));
    }

    @POST
    @Path("issuance")
    public Response issue(@PathParam("id") String id) {
        return shown(id, abs.issue(id));
    }

    @POST
    @Path("payment-dates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response runPaymentDate(@PathParam("id") String id, @FormParam("documentHash") String documentHash) {
        AbsViews.Receipt receipt = abs.runPaymentDate(id, new AbsBodies.PaymentDate(SecuritiesDesk.strip(documentHash)));
        return Outcomes.showAfterCommit("/securities/deals/" + id + "/waterfall", receipt.blockNumber());
    }

    /** The stress test: a read that may take a while (the page shows its progress); nothing is written. */
    @POST
    @Path("stress")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String stress(@PathParam("id") String id, @FormParam("defaultRate") String defaultRate,
            @FormParam("recoveryRate") String recoveryRate, @FormParam("recoveryDelay") String recoveryDelay,
            @FormParam("paths") String paths, @FormParam("seed") String seed) {
        AbsBodies.Assumptions everyObligor = new AbsBodies.Assumptions(FormInput.basisPoints(defaultRate),
                FormInput.basisPoints(recoveryRate), Math.toIntExact(Math.min(FormInput.wholeNumber(recoveryDelay),
                        Integer.MAX_VALUE)));
        AbsViews.Stress answer = abs.stress(id, new AbsBodies.Stress(everyObligor, null,
                FormInput.wholeNumber(paths), FormInput.wholeNumber(seed)));
        return pages.show(Templates.stress(answer));
    }

    private static Response shown(String id, AbsViews.Receipt receipt) {
        return Outcomes.showAfterCommit("/securities/deals/" + id, receipt.blockNumber());
    }

    /** Everything the deal page shows. */
    public record DealPage(AbsViews.Deal deal, List<AbsViews.PooledVoucher> vouchers,
            List<AbsViews.ObligorShare> obligors, AbsViews.DueDiligence diligence, List<AbsViews.Allocation> book,
            List<AbsViews.Distribution> distributions) {
    }
}
