package io.trellis.portal.desk.bank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.portal.backend.ServiceProblem;
import io.trellis.portal.desk.bank.BankViews.CreditLine;
import io.trellis.portal.desk.bank.BankViews.Financing;
import io.trellis.portal.desk.bank.BankViews.ReconciliationDay;
import io.trellis.portal.desk.bank.BankViews.Settlement;
import io.trellis.portal.desk.bank.BankViews.Terms;
import io.trellis.portal.desk.bank.BankViews.Voucher;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The bank's desk (realm role financier): financing requests to decide, the private terms once approved, the
 * disbursement, the credit lines it granted, its book by obligor and maturity, and its settlements' payouts with
 * their reconciliation. Every read and write goes to the services with the signed-in user's token.
 */
@Path("/bank")
@RolesAllowed(Roles.FINANCIER)
@Produces(MediaType.TEXT_HTML)
public class BankDeskResource {
    /** The business dates are China's. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Lists the desk shows at once (the services' largest page). */
    private static final int LIST = 200;
    /** The vouchers read for the book, at most this many pages of {@link #LIST}. */
    private static final int BOOK_PAGES = 10;
    /** settlement-service reconciles at most this span per call. */
    private static final int RECONCILED_DAYS = 365;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Request> requests, List<Request> decided);

        static native TemplateInstance creditLines(List<Line> lines);

        static native TemplateInstance financing(Request request, Terms terms, LocalDate today);

        static native TemplateInstance portfolio(Portfolio portfolio, String chartJson);

        static native TemplateInstance settlement(List<PayoutStates.Line> payouts, List<ReconciliationDay> days);
    }

    /** A financing with the names of its obligor and applicant. */
    public record Request(Financing financing, String obligor, String applicant) {
        public boolean open() {
            return "APPLIED".equals(financing.status());
        }

        public String statusKey() {
            return "bank_status_" + financing.status();
        }
    }

    /** A credit line with its obligor's name. */
    public record Line(CreditLine line, String obligor) {
        public String statusKey() {
            return "bank_line_" + line.status();
        }
    }

    @Inject
    @RestClient
    BankScf scf;
    @Inject
    @RestClient
    BankReconciliation reconciliation;
    @Inject
    CurrentUser user;
    @Inject
    PartyNames names;
    @Inject
    Pages pages;

    @GET
    public String home() {
        List<Request> requests = new ArrayList<>();
        List<Request> decided = new ArrayList<>();
        for (Financing financing : scf.financings(null, LIST).items()) {
            (financing.status().equals("APPLIED") ? requests : decided).add(named(financing));
        }
        return pages.show(Templates.home(requests, decided.reversed()));
    }

    @GET
    @Path("credit-lines")
    public String creditLines() {
        List<Line> lines = scf.creditLines(user.partyId(), LIST).items().stream()
                .map(line -> new Line(line, names.of(line.obligorId()))).toList();
        return pages.show(Templates.creditLines(lines));
    }

    @GET
    @Path("financings/{id}")
    public String financing(@PathParam("id") String id) {
        Request request = named(scf.financing(id));
        return pages.show(Templates.financing(request, termsOf(request.financing()), LocalDate.now(CHINA)));
    }

    @POST
    @Path("financings/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @FormParam("rate") String rate,
                            @FormParam("rateUnit") String unit, @FormParam("valueDate") String valueDate) {
        int bps = RateEntry.basisPoints(rate, unit);
        return afterCommit(id, scf.approve(id, new BankBodies.Approve(bps, valueDate)));
    }

    @POST
    @Path("financings/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, @FormParam("reason") String reason) {
        return afterCommit(id, scf.decline(id, new BankBodies.Decline(reason)));
    }

    @POST
    @Path("financings/{id}/disbursement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmDisbursement(@PathParam("id") String id, @FormParam("paymentId") String paymentId) {
        return afterCommit(id, scf.confirmDisbursement(id, new BankBodies.Disbursement(paymentId)));
    }

    @POST
    @Path("credit-lines")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@FormParam("obligorId") String obligorId, @FormParam("limit") String limit) {
        BankViews.Receipt receipt = scf.grant(new BankBodies.GrantLine(obligorId, new BankBodies.Amount(limit, "CNY")));
        return Outcomes.showAfterCommit("/bank/credit-lines", receipt.blockNumber());
    }

    @GET
    @Path("portfolio")
    public String portfolio() {
        Portfolio book = Portfolio.of(vouchersHeld(), names::of);
        return pages.show(Templates.portfolio(book, PortfolioChart.json(book)));
    }

    @GET
    @Path("settlement")
    public String settlement() {
        List<Settlement> posted = scf.settlementsPosted(user.partyId(), LIST).items();
        LocalDate today = LocalDate.now(CHINA);
        List<ReconciliationDay> days = reconciliation.days(today.minusDays(RECONCILED_DAYS).toString(),
                today.toString());
        return pages.show(Templates.settlement(PayoutStates.of(posted, days, names::of), days.reversed()));
    }

    private Request named(Financing financing) {
        return new Request(financing, names.of(financing.obligorId()), names.of(financing.applicantId()));
    }

    /** The private terms once approved; none before, or for a financing declined or expired without them. */
    private Terms termsOf(Financing financing) {
        if (List.of("DECLINED", "EXPIRED").contains(financing.status())) {
            return null;
        }
        try {
            return scf.terms(financing.id());
        } catch (ServiceProblem noTermsYet) {
            if (noTermsYet.notFound()) {
                return null;
            }
            throw noTermsYet;
        }
    }

    private List<Voucher> vouchersHeld() {
        List<Voucher> held = new ArrayList<>();
        for (int page = 0; page < BOOK_PAGES; page++) {
            BankViews.Page<Voucher> vouchers = scf.vouchersHeld(user.partyId(), page, LIST);
            held.addAll(vouchers.items());
            if ((long) (page + 1) * LIST >= vouchers.total()) {
                break;
            }
        }
        return held;
    }

    private static Response afterCommit(String financingId, BankViews.Receipt receipt) {
        return Outcomes.showAfterCommit("/bank/financings/" + financingId, receipt.blockNumber());
    }
}
