package io.trellis.chaincode.voucher;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.VoucherIssued;
import io.trellis.chaincode.api.event.VoucherSplit;
import io.trellis.chaincode.api.event.VoucherTransferred;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import io.trellis.chaincode.api.voucher.VouchersByHolderQuery;
import io.trellis.chaincode.api.voucher.VouchersByStatusQuery;
import io.trellis.chaincode.config.ConfigRepository;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Ids;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.creditline.Limits;
import io.trellis.chaincode.invoice.InvoiceRepository;
import io.trellis.chaincode.invoice.InvoiceRules;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import io.trellis.chaincode.party.PartyRules;
import java.util.List;
import java.util.function.Predicate;

/** Credit vouchers: issue, accept or reject, split, transfer, mark overdue, and the queries over them. */
public final class VoucherContract {

    private VoucherContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.ISSUE_VOUCHER, VoucherContract::issue)
                .register(TxName.ACCEPT_VOUCHER, VoucherContract::accept)
                .register(TxName.REJECT_VOUCHER, VoucherContract::reject)
                .register(TxName.SPLIT_VOUCHER, VoucherContract::split)
                .register(TxName.TRANSFER_VOUCHER, VoucherContract::transfer)
                .register(TxName.MARK_VOUCHER_OVERDUE, VoucherContract::markOverdue)
                .register(TxName.GET_VOUCHER, VoucherContract::get)
                .register(TxName.LIST_VOUCHERS_BY_HOLDER, VoucherContract::byHolder)
                .register(TxName.LIST_VOUCHERS_BY_STATUS, VoucherContract::byStatus)
                .register(TxName.GET_VOUCHER_LINEAGE, VoucherContract::lineage);
    }

    static Voucher issue(TxContext ctx, String argument) {
        IssueVoucherRequest request = Arguments.decode(argument, IssueVoucherRequest.class);
        Party core = ActingParty.withRole(ctx, PartyRole.CORE_ENTERPRISE);
        VoucherRules.validate(request);
        new PartyRepository(ctx.state()).eligible(request.supplierId(), PartyRole.SUPPLIER);
        InvoiceRepository invoices = new InvoiceRepository(ctx.state());
        List<Invoice> backing = request.invoiceIds().stream().map(invoices::get).toList();
        VoucherRules.Issue issue = VoucherRules.issue(request, Ids.fromTx("CV", ctx.txId()), core.id(), backing,
                ctx.businessDate(), ctx.timestamp());
        List<SlotAmount> allocation = new Limits(ctx).takeIssuance(core.id(), issue.voucher().id(), request.amount());
        Voucher voucher = issue.voucher().withIssuanceAllocation(allocation);

        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        vouchers.create(voucher);
        vouchers.save(issue.pledge());
        ctx.emit(new VoucherIssued(voucher));
        for (int i = 0; i < backing.size(); i++) {
            invoices.save(issue.pledgedInvoices().get(i));
            ctx.emit(InvoiceRules.changed(backing.get(i), issue.pledgedInvoices().get(i)));
        }
        return voucher;
    }

    static Voucher accept(TxContext ctx, String argument) {
        VoucherDecision request = Arguments.decode(argument, VoucherDecision.class);
        Party supplier = ActingParty.withRole(ctx, PartyRole.SUPPLIER);
        VoucherRules.requireVoucherId(request.voucherId());
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher before = vouchers.get(request.voucherId());
        Voucher after = VoucherRules.accept(before, supplier.id());
        vouchers.update(before, after);
        ctx.emit(VoucherRules.changed(before, after));
        return after;
    }

    /** The supplier refuses the voucher: its invoices are free again and the issuance limit is given back. */
    static Voucher reject(TxContext ctx, String argument) {
        VoucherDecision request = Arguments.decode(argument, VoucherDecision.class);
        Party supplier = ActingParty.withRole(ctx, PartyRole.SUPPLIER);
        VoucherRules.requireVoucherId(request.voucherId());
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher before = vouchers.get(request.voucherId());
        Voucher after = VoucherRules.reject(before, supplier.id());
        vouchers.update(before, after);
        vouchers.deletePledge(before.rootId());
        ctx.emit(VoucherRules.changed(before, after));
        InvoiceRepository invoices = new InvoiceRepository(ctx.state());
        for (String invoiceId : before.invoiceIds()) {
            Invoice pledged = invoices.get(invoiceId);
            Invoice freed = InvoiceRules.unpledge(pledged);
            invoices.save(freed);
            ctx.emit(InvoiceRules.changed(pledged, freed));
        }
        new Limits(ctx).releaseIssuance(before.obligorId(), before.amount().currency(),
                List.of(new Limits.Release(before.id(), before.issuanceAllocation())));
        return after;
    }

    static List<Voucher> split(TxContext ctx, String argument) {
        SplitVoucherRequest request = Arguments.decode(argument, SplitVoucherRequest.class);
        Party holder = ActingParty.withRole(ctx, PartyRole.SUPPLIER);
        VoucherRules.requireVoucherId(request.voucherId());
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher before = vouchers.get(request.voucherId());
        VoucherRules.Spent spent = VoucherRules.split(before, holder.id(), request.parts(),
                new ConfigRepository(ctx.state()).current().tierLimit(), ctx.businessDate(), ctx.timestamp());
        store(vouchers, before, spent);
        ctx.emit(new VoucherSplit(before.id(), spent.children()));
        return spent.children();
    }

    static Voucher transfer(TxContext ctx, String argument) {
        TransferVoucherRequest request = Arguments.decode(argument, TransferVoucherRequest.class);
        Party holder = ActingParty.withRole(ctx, PartyRole.SUPPLIER);
        VoucherRules.requireVoucherId(request.voucherId());
        new PartyRepository(ctx.state()).eligible(request.recipientId(), PartyRole.SUPPLIER);
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher before = vouchers.get(request.voucherId());
        VoucherRules.Spent spent = VoucherRules.transfer(before, holder.id(), request.recipientId(),
                new ConfigRepository(ctx.state()).current().tierLimit(), ctx.businessDate(), ctx.timestamp());
        store(vouchers, before, spent);
        Voucher child = spent.children().get(0);
        ctx.emit(new VoucherTransferred(before.id(), before.holderId(), child));
        return child;
    }

    /**
     * The platform operator's overdue job, or the holder itself, marks an unpaid voucher once the grace after maturity
     * has passed. A voucher already OVERDUE is answered as it is: nothing written, no event.
     */
    static Voucher markOverdue(TxContext ctx, String argument) {
        VoucherDecision request = Arguments.decode(argument, VoucherDecision.class);
        VoucherRules.requireVoucherId(request.voucherId());
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher before;
        if (PartyRules.isOperatorOf(ctx.caller(), Org.PLATFORM)) {
            before = vouchers.get(request.voucherId());
        } else {
            Party caller = ActingParty.of(ctx);
            before = vouchers.get(request.voucherId());
            VoucherRules.requireHolder(before, caller.id());
        }
        if (VoucherRules.isOverdue(before)) {
            return before;
        }
        Voucher after = VoucherRules.markOverdue(before, ctx.businessDate(),
                new ConfigRepository(ctx.state()).current().overdueGraceDays());
        vouchers.update(before, after);
        ctx.emit(VoucherRules.changed(before, after));
        return after;
    }

    static Voucher get(TxContext ctx, String argument) {
        String id = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        VoucherRules.requireVoucherId(id);
        return new VoucherRepository(ctx.state()).get(id, voucher -> Visibility.voucher(viewer, voucher));
    }

    static Page<Voucher> byHolder(TxContext ctx, String argument) {
        VouchersByHolderQuery query = Arguments.decode(argument, VouchersByHolderQuery.class);
        Viewer viewer = ActingParty.viewer(ctx);
        PartyRules.requirePartyId(query.holderId());
        Predicate<Voucher> visible = Visibility.vouchersHeldBy(viewer, query.holderId());
        return visibleOnly(new VoucherRepository(ctx.state()).byHolder(query.holderId(),
                new PageRequest(query.pageSize(), query.bookmark())), visible);
    }

    static Page<Voucher> byStatus(TxContext ctx, String argument) {
        VouchersByStatusQuery query = Arguments.decode(argument, VouchersByStatusQuery.class);
        Viewer viewer = ActingParty.viewer(ctx);
        if (query.status() == null) {
            throw ChaincodeException.invalid("status is required");
        }
        return visibleOnly(new VoucherRepository(ctx.state()).byStatus(query.status(),
                new PageRequest(query.pageSize(), query.bookmark())), Visibility.vouchers(viewer));
    }

    /** The obligor's see-through view of a whole tree; auditors may look too. */
    static VoucherLineage lineage(TxContext ctx, String argument) {
        String id = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        VoucherRules.requireVoucherId(id);
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher voucher = vouchers.get(id, found -> Visibility.voucher(viewer, found));
        if (!Visibility.lineage(viewer, voucher)) {
            throw ChaincodeException.notAllowed("only the obligor or an auditor may see a voucher's whole lineage");
        }
        return Lineage.of(voucher, vouchers::get);
    }

    /**
     * The page's vouchers the reader may see. The bookmark still follows the underlying index, so a page may hold
     * fewer vouchers than asked, even none while more follow.
     */
    private static Page<Voucher> visibleOnly(Page<Voucher> page, Predicate<Voucher> visible) {
        return new Page<>(page.items().stream().filter(visible).toList(), page.bookmark());
    }

    private static void store(VoucherRepository vouchers, Voucher before, VoucherRules.Spent spent) {
        vouchers.update(before, spent.parent());
        spent.children().forEach(vouchers::create);
    }
}
