package io.trellis.portal.desk.bank;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.portal.backend.ServiceProblem;
import io.trellis.portal.desk.bank.BankReconciliation.ReconciliationDay;
import io.trellis.portal.scf.AmountText;
import io.trellis.portal.scf.CreditLineView;
import io.trellis.portal.scf.CreditLines;
import io.trellis.portal.scf.FinancingView;
import io.trellis.portal.scf.Financings;
import io.trellis.portal.scf.Listing;
import io.trellis.portal.scf.Receipt;
import io.trellis.portal.scf.SettlementView;
import io.trellis.portal.scf.Settlements;
import io.trellis.portal.scf.VoucherView;
import io.trellis.portal.scf.Vouchers;
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
    private static final int LIST = Listing.MAX_SIZE;
    /** The vouchers read for the book, at most this many pages of {@link #LIST}. */
    private static final int BOOK_PAGES = 10;
    /** settlement-service reconciles at most this span per call. */
    private static final int RECONCILED_DAYS = 365;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Request> requests, List<Request> decided);

        static native TemplateInstance creditLines(List<Line> lines);

        static native TemplateInstance financing(Request request, FinancingTerms terms, LocalDate today);

        static native TemplateInstance portfolio(Portfolio portfolio, String chartJson);

        static native TemplateInstance settlement(List<PayoutStates.Line> payouts, List<ReconciliationDay> days);
    }

    /** A financing with the names of its obligor and applicant. */
    public record Request(FinancingView financing, String obligor, String applicant) {
        public boolean open() {
            return "APPLIED".equals(financing.status());
        }

        public String statusKey() {
            return "bank_status_" + financing.status();
        }
    }

    /** A credit line with its obligor's name. */
    public record Line(CreditLineView line, String obligor) {
        public String statusKey() {
            return "bank_line_" + line.status();
        }
    }

    @Inject
    @RestClient
    Financings financings;
    @Inject
    @RestClient
    CreditLines creditLines;
    @Inject
    @RestClient
    Vouchers vouchers;
    @Inject
    @RestClient
    Settlements settlements;
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
        for (FinancingView financing : financings.list(null, 0, LIST).items()) {
            (financing.status().equals("APPLIED") ? requests : decided).add(named(financing));
        }
        return pages.show(Templates.home(requests, decided.reversed()));
    }

    @GET
    @Path("credit-lines")
    public String creditLines() {
        List<Line> lines = creditLines.list(user.partyId(), null, 0, LIST).items().stream()
                .map(line -> new Line(line, names.of(line.obligorId()))).toList();
        return pages.show(Templates.creditLines(lines));
    }

    @GET
    @Path("financings/{id}")
    public String financing(@PathParam("id") String id) {
        Request request = named(financings.get(id));
        return pages.show(Templates.financing(request, termsOf(request.financing()), LocalDate.now(CHINA)));
    }

    @POST
    @Path("financings/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @FormParam("rate") String rate,
                            @FormParam("rateUnit") String unit, @FormParam("valueDate") String valueDate) {
        int bps = RateEntry.basisPoints(rate, unit);
        return afterCommit(id, financings.approve(id, new Financings.Approval(bps, valueDate)));
    }

    @POST
    @Path("financings/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, @FormParam("reason") String reason) {
        return afterCommit(id, financings.decline(id, new Financings.Decline(reason)));
    }

    @POST
    @Path("financings/{id}/disbursement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmDisbursement(@PathParam("id") String id, @FormParam("paymentId") String paymentId) {
        return afterCommit(id, financings.confirmDisbursement(id, new Financings.Disbursement(paymentId)));
    }

    @POST
    @Path("credit-lines")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(@FormParam("obligorId") String obligorId, @FormParam("limit") String limit) {
        Receipt<CreditLineView> receipt = creditLines.grant(
                new CreditLines.Grant(obligorId, new AmountText(limit, "CNY")));
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
        List<SettlementView> posted = settlements.list(null, user.partyId(), 0, LIST).items();
        LocalDate today = LocalDate.now(CHINA);
        List<ReconciliationDay> days = reconciliation.days(today.minusDays(RECONCILED_DAYS).toString(),
                today.toString());
        return pages.show(Templates.settlement(PayoutStates.of(posted, days, names::of), days.reversed()));
    }

    private Request named(FinancingView financing) {
        return new Request(financing, names.of(financing.obligorId()), names.of(financing.applicantId()));
    }

    /** The private terms once approved; none before, or for a financing declined or expired without them. */
    private FinancingTerms termsOf(FinancingView financing) {
        if (List.of("DECLINED", "EXPIRED").contains(financing.status())) {
            return null;
        }
        try {
            return financings.terms(financing.id());
        } catch (ServiceProblem noTermsYet) {
            if (noTermsYet.notFound()) {
                return null;
            }
            throw noTermsYet;
        }
    }

    private List<VoucherView> vouchersHeld() {
        List<VoucherView> held = new ArrayList<>();
        for (int page = 0; page < BOOK_PAGES; page++) {
            Listing<VoucherView> listing = vouchers.list(user.partyId(), null, page, LIST);
            held.addAll(listing.items());
            if ((long) (page + 1) * LIST >= listing.total()) {
                break;
            }
        }
        return held;
    }

    private static Response afterCommit(String financingId, Receipt<?> receipt) {
        return Outcomes.showAfterCommit("/bank/financings/" + financingId, receipt.blockNumber());
    }
}
