package io.trellis.chaincode.invoice;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.InvoiceRegistered;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import java.util.function.BiFunction;

/** Invoices: the seller registers, the buyer confirms or disputes, the seller may cancel before pledging. */
public final class InvoiceContract {

    private InvoiceContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.REGISTER_INVOICE, InvoiceContract::register)
                .register(TxName.CONFIRM_INVOICE, (ctx, arg) -> decide(ctx, arg, PartyRole.CORE_ENTERPRISE,
                        (invoice, decision) -> InvoiceRules.confirm(invoice, decision.callerId())))
                .register(TxName.DISPUTE_INVOICE, (ctx, arg) -> decide(ctx, arg, PartyRole.CORE_ENTERPRISE,
                        (invoice, decision) -> InvoiceRules.dispute(invoice, decision.callerId(), decision.reason())))
                .register(TxName.CANCEL_INVOICE, (ctx, arg) -> decide(ctx, arg, PartyRole.SUPPLIER,
                        (invoice, decision) -> InvoiceRules.cancel(invoice, decision.callerId())))
                .register(TxName.GET_INVOICE, InvoiceContract::get);
    }

    static Invoice register(TxContext ctx, String argument) {
        RegisterInvoiceRequest request = Arguments.decode(argument, RegisterInvoiceRequest.class);
        Party seller = ActingParty.withRole(ctx, PartyRole.SUPPLIER);
        InvoiceRules.validate(request);
        new PartyRepository(ctx.state()).eligible(request.buyerId(), PartyRole.CORE_ENTERPRISE);
        InvoiceRepository invoices = new InvoiceRepository(ctx.state());
        String id = InvoiceRules.idOf(seller.id(), request.invoiceCode(), request.invoiceNumber());
        Invoice invoice = InvoiceRules.register(request, seller.id(), invoices.find(id), ctx.businessDate(), ctx.timestamp());
        invoices.save(invoice);
        ctx.emit(new InvoiceRegistered(invoice));
        return invoice;
    }

    private record Decision(String callerId, String reason) {
    }

    private static Invoice decide(TxContext ctx, String argument, PartyRole role,
            BiFunction<Invoice, Decision, Invoice> rule) {
        InvoiceDecision request = Arguments.decode(argument, InvoiceDecision.class);
        Party caller = ActingParty.withRole(ctx, role);
        InvoiceRules.requireInvoiceId(request.invoiceId());
        InvoiceRepository invoices = new InvoiceRepository(ctx.state());
        Invoice before = invoices.get(request.invoiceId());
        Invoice after = rule.apply(before, new Decision(caller.id(), request.reason()));
        invoices.save(after);
        ctx.emit(InvoiceRules.changed(before, after));
        return after;
    }

    static Invoice get(TxContext ctx, String argument) {
        String id = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        InvoiceRules.requireInvoiceId(id);
        return new InvoiceRepository(ctx.state()).get(id, invoice -> Visibility.invoice(viewer, invoice));
    }
}
