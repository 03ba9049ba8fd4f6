package io.trellis.portal.desk.supplier;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.trellis.chaincode.api.BusinessDate;
import io.trellis.portal.backend.ServiceProblem;
import io.trellis.portal.i18n.MessageCatalog;
import io.trellis.portal.scf.AmountText;
import io.trellis.portal.scf.FinancingView;
import io.trellis.portal.scf.Financings;
import io.trellis.portal.scf.InvoiceView;
import io.trellis.portal.scf.Invoices;
import io.trellis.portal.scf.Listing;
import io.trellis.portal.scf.Receipt;
import io.trellis.portal.scf.TreeRow;
import io.trellis.portal.scf.TypedItems;
import io.trellis.portal.scf.VoucherView;
import io.trellis.portal.scf.Vouchers;
import io.trellis.portal.session.CurrentUser;
import io.trellis.portal.session.Roles;
import io.trellis.portal.web.Outcomes;
import io.trellis.portal.web.Pages;
import io.trellis.portal.web.ProblemSentences;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The supplier's desk: register an invoice to a buyer, the vouchers it received (accept, reject, split, transfer),
 * a financing request with the interest it would cost shown first, the financings it applied for, and the part of
 * a voucher's chain it may see.
 */
@Path("/supplier")
@RolesAllowed(Roles.SUPPLIER)
@Produces(MediaType.TEXT_HTML)
public class SupplierDeskResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<VoucherView> vouchers, List<FinancingView> financings,
                LocalDate today);

        static native TemplateInstance invoice(InvoiceView invoice);

        static native TemplateInstance voucher(VoucherView voucher, List<TreeRow<VoucherView>> chain, LocalDate today);

        static native TemplateInstance interest(InterestPreview.Result preview, String sentence);

        static native TemplateInstance financing(FinancingView financing);
    }

    @Inject
    Pages pages;
    @Inject
    CurrentUser user;
    @RestClient
    Invoices invoices;
    @RestClient
    Vouchers vouchers;
    @RestClient
    Financings financings;

    @GET
    public String home() {
        List<VoucherView> held = held().stream()
                .sorted(Comparator.comparing(VoucherView::maturityDate).thenComparing(VoucherView::id)).toList();
        List<FinancingView> applied = Listing.all(page -> financings.list(null, page, Listing.MAX_SIZE));
        return pages.show(Templates.home(held, applied, today()));
    }

    /** The document hash is computed from the typed fields ({@link InvoiceDocument}). */
    @POST
    @Path("invoices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@FormParam("buyerId") String buyerId, @FormParam("invoiceCode") String invoiceCode,
            @FormParam("invoiceNumber") String invoiceNumber, @FormParam("amount") String amount,
            @FormParam("issueDate") String issueDate) {
        AmountText typed = AmountText.cny(amount);
        String hash = InvoiceDocument.hash(user.partyId(), strip(buyerId), strip(invoiceCode), strip(invoiceNumber),
                typed.amount(), typed.currency(), strip(issueDate));
        Receipt<InvoiceView> receipt = invoices.register(new Invoices.Registration(strip(buyerId), strip(invoiceCode),
                strip(invoiceNumber), typed, strip(issueDate), hash));
        return Outcomes.showAfterCommit("/supplier/invoices/" + receipt.result().id(), receipt.blockNumber());
    }

    @GET
    @Path("invoices/{id}")
    public String invoice(@PathParam("id") String id) {
        return pages.show(Templates.invoice(invoices.get(id)));
    }

    @GET
    @Path("vouchers/{id}")
    public String voucher(@PathParam("id") String id) {
        VoucherView voucher = vouchers.get(id);
        List<VoucherView> sameTree = held().stream().filter(v -> v.rootId().equals(voucher.rootId())).toList();
        List<TreeRow<VoucherView>> chain = TreeRow.depthFirst(sameTree, VoucherView::id, VoucherView::parentId,
                Comparator.comparing(VoucherView::id));
        return pages.show(Templates.voucher(voucher, chain, today()));
    }

    @POST
    @Path("vouchers/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id) {
        return Outcomes.showAfterCommit(voucherPage(id), vouchers.accept(id).blockNumber());
    }

    @POST
    @Path("vouchers/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") String id, @FormParam("reason") String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return Outcomes.showAfterCommit(voucherPage(id), vouchers.reject(id, new Vouchers.Rejection(why)).blockNumber());
    }

    /** The parts, one per line, as typed: the ledger checks that they add up ({@code SPLIT_NOT_CONSERVED}). */
    @POST
    @Path("vouchers/{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response split(@PathParam("id") String id, @FormParam("parts") String parts) {
        List<AmountText> amounts = TypedItems.of(parts).stream().map(AmountText::cny).toList();
        return Outcomes.showAfterCommit(voucherPage(id), vouchers.split(id, new Vouchers.Split(amounts)).blockNumber());
    }

    @POST
    @Path("vouchers/{id}/transfer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transfer(@PathParam("id") String id, @FormParam("recipientId") String recipientId) {
        return Outcomes.showAfterCommit(voucherPage(id),
                vouchers.transfer(id, new Vouchers.Transfer(strip(recipientId))).blockNumber());
    }

    /** The live preview (htmx, as the supplier types): interest, days and proceeds, or why there are none yet. */
    @GET
    @Path("vouchers/{id}/interest")
    public String interest(@PathParam("id") String id, @QueryParam("rate") String rate,
            @QueryParam("valueDate") String valueDate) {
        InterestPreview.Result preview = InterestPreview.of(vouchers.get(id), rate, valueDate, today());
        String sentence = preview.terms() != null ? null
                : preview.problemCode() != null
                        ? ProblemSentences.sentence(new ServiceProblem(422, preview.problemCode(), ""), pages.lang())
                        : MessageCatalog.get().text(pages.lang(), preview.messageKey());
        return pages.show(Templates.interest(preview, sentence));
    }

    @POST
    @Path("financings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestFinancing(@FormParam("voucherId") String voucherId,
            @FormParam("financierId") String financierId) {
        Receipt<FinancingView> receipt = financings.apply(
                new Financings.Application(strip(voucherId), strip(financierId)));
        return Outcomes.showAfterCommit("/supplier/financings/" + receipt.result().id(), receipt.blockNumber());
    }

    @GET
    @Path("financings/{id}")
    public String financing(@PathParam("id") String id) {
        return pages.show(Templates.financing(financings.get(id)));
    }

    /** Every voucher this supplier holds or last held (spent ones keep their last holder). */
    private List<VoucherView> held() {
        String self = user.partyId();
        return Listing.all(page -> vouchers.list(self, null, page, Listing.MAX_SIZE));
    }

    private static LocalDate today() {
        return BusinessDate.of(Instant.now());
    }

    private static String voucherPage(String id) {
        return "/supplier/vouchers/" + id;
    }

    private static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
