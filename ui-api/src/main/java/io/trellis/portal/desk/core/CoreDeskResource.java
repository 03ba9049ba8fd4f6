package io.trellis.portal.desk.core;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.chaincode.api.voucher.LineageNode;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import io.trellis.chaincode.invoice.InvoiceRules;
import io.trellis.portal.scf.AmountText;
import io.trellis.portal.scf.CreditLineView;
import io.trellis.portal.scf.CreditLines;
import io.trellis.portal.scf.InvoiceView;
import io.trellis.portal.scf.Invoices;
import io.trellis.portal.scf.Listing;
import io.trellis.portal.scf.MaturityCalendar;
import io.trellis.portal.scf.Receipt;
import io.trellis.portal.scf.SettlementView;
import io.trellis.portal.scf.Settlements;
import io.trellis.portal.scf.TreeRow;
import io.trellis.portal.scf.TypedItems;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The core enterprise's desk: its credit lines and their use, the invoices its suppliers registered to it, the
 * vouchers it issues against them, what it must pay when, the lineage of each voucher and its payments.
 */
@Path("/core")
@RolesAllowed(Roles.CORE_ENTERPRISE)
@Produces(MediaType.TEXT_HTML)
public class CoreDeskResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<CreditLineView> lines, List<InvoiceView> toConfirm,
                List<MaturityCalendar.Month> calendar, String chart);

        static native TemplateInstance vouchers(List<VoucherView> vouchers, IssueDraft draft);

        static native TemplateInstance invoice(InvoiceView invoice, boolean confirmable);

        static native TemplateInstance lineage(VoucherLineage lineage, List<TreeRow<LineageNode>> rows);

        static native TemplateInstance payments(List<SettlementView> made, String bankId, String paymentId,
                SettlementView settlement);
    }

    /** What the issue form starts with when opened from an invoice. */
    public record IssueDraft(String supplierId, String amount, String invoiceIds) {
        static final IssueDraft EMPTY = new IssueDraft("", "", "");
    }

    /** The ledger's status of an invoice its buyer has neither confirmed nor disputed yet. */
    private static final String AWAITING_CONFIRMATION = "REGISTERED";

    @Inject
    Pages pages;
    @Inject
    CurrentUser user;
    @RestClient
    CreditLines creditLines;
    @RestClient
    Invoices invoices;
    @RestClient
    Vouchers vouchers;
    @RestClient
    Settlements settlements;

    @GET
    public String home() {
        String self = user.partyId();
        List<CreditLineView> lines = Listing.all(page -> creditLines.list(null, self, page, Listing.MAX_SIZE));
        List<InvoiceView> toConfirm = Listing.all(page -> invoices.list(AWAITING_CONFIRMATION, page, Listing.MAX_SIZE))
                .stream().filter(invoice -> self.equals(invoice.buyerId())).toList();
        List<MaturityCalendar.Month> calendar = MaturityCalendar.of(named(), self);
        return pages.show(Templates.home(lines, toConfirm, calendar, MaturityChart.json(calendar, pages.lang())));
    }

    @GET
    @Path("vouchers")
    public String vouchers(@QueryParam("invoice") String invoiceId) {
        IssueDraft draft = IssueDraft.EMPTY;
        if (invoiceId != null && !invoiceId.isBlank()) {
            InvoiceView invoice = invoices.get(invoiceId);
            draft = new IssueDraft(invoice.sellerId(), BigDecimal.valueOf(invoice.amount().minor(), 2).toPlainString(),
                    invoice.id());
        }
        List<VoucherView> mine = named().stream().filter(v -> user.partyId().equals(v.obligorId()))
                .sorted(Comparator.comparing(VoucherView::maturityDate).thenComparing(VoucherView::id)).toList();
        return pages.show(Templates.vouchers(mine, draft));
    }

    @POST
    @Path("vouchers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@FormParam("supplierId") String supplierId, @FormParam("amount") String amount,
            @FormParam("maturityDate") String maturityDate, @FormParam("invoiceIds") String invoiceIds) {
        Receipt<VoucherView> receipt = vouchers.issue(new Vouchers.Issue(strip(supplierId), AmountText.cny(amount),
                strip(maturityDate), TypedItems.of(invoiceIds)));
        return Outcomes.showAfterCommit("/core/vouchers", receipt.blockNumber());
    }

    /** An invoice as its paper shows it (seller's tax id, invoice code and number) leads to its page. */
    @GET
    @Path("invoices")
    public Response findInvoice(@QueryParam("seller") String sellerId, @QueryParam("code") String code,
            @QueryParam("number") String number) {
        String id = InvoiceRules.idOf(strip(sellerId).toUpperCase(Locale.ROOT), strip(code).toUpperCase(Locale.ROOT),
                strip(number).toUpperCase(Locale.ROOT));
        return Response.seeOther(URI.create("/core/invoices/" + id)).build();
    }

    @GET
    @Path("invoices/{id}")
    public String invoice(@PathParam("id") String id) {
        InvoiceView invoice = invoices.get(id);
        boolean confirmable = "REGISTERED".equals(invoice.status()) || "DISPUTED".equals(invoice.status());
        return pages.show(Templates.invoice(invoice, confirmable));
    }

    @POST
    @Path("invoices/{id}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") String id) {
        return Outcomes.showAfterCommit("/core/invoices/" + id, invoices.confirm(id).blockNumber());
    }

    @POST
    @Path("invoices/{id}/dispute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispute(@PathParam("id") String id, @FormParam("reason") String reason) {
        return Outcomes.showAfterCommit("/core/invoices/" + id,
                invoices.dispute(id, new Invoices.Dispute(strip(reason))).blockNumber());
    }

    @GET
    @Path("vouchers/{id}/lineage")
    public String lineage(@PathParam("id") String id) {
        VoucherLineage lineage = vouchers.lineage(id);
        List<TreeRow<LineageNode>> rows = TreeRow.depthFirst(lineage.nodes(), LineageNode::voucherId,
                LineageNode::parentId, Comparator.comparing(LineageNode::voucherId));
        return pages.show(Templates.lineage(lineage, rows));
    }

    /** Every payment this core enterprise made at maturity, and one of them looked up by bank and payment id. */
    @GET
    @Path("payments")
    public String payments(@QueryParam("bank") String bankId, @QueryParam("payment") String paymentId) {
        SettlementView settlement = bankId == null || bankId.isBlank() || paymentId == null || paymentId.isBlank()
                ? null : settlements.get(bankId.strip(), paymentId.strip());
        String self = user.partyId();
        List<SettlementView> made = Listing.all(page -> settlements.list(self, null, page, Listing.MAX_SIZE));
        return pages.show(Templates.payments(made, strip(bankId), strip(paymentId), settlement));
    }

    /** Every voucher naming this core enterprise (as obligor; it holds none itself), spent ones included. */
    private List<VoucherView> named() {
        return Listing.all(page -> vouchers.list(null, null, page, Listing.MAX_SIZE));
    }

    private static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
