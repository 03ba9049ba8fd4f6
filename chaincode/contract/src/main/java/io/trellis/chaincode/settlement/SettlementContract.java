package io.trellis.chaincode.settlement;

import io.trellis.chaincode.abs.PoolCollections;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.event.VoucherPaid;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.settlement.SettlementQuery;
import io.trellis.chaincode.api.voucher.Pledge;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.creditline.Limits;
import io.trellis.chaincode.financing.FinancingRepository;
import io.trellis.chaincode.financing.FinancingRules;
import io.trellis.chaincode.invoice.InvoiceRepository;
import io.trellis.chaincode.invoice.InvoiceRules;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRules;
import io.trellis.chaincode.settlement.SettlementRules.Scope;
import io.trellis.chaincode.settlement.SettlementRules.Settlement;
import io.trellis.chaincode.settlement.SettlementRules.VoucherPayment;
import io.trellis.chaincode.voucher.VoucherRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settlement: the obligor's designated bank submits its payment; the due vouchers in the payment's scope are paid,
 * each holder gets a payout instruction, and the limits the vouchers held are given back.
 */
public final class SettlementContract {

    private SettlementContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.SETTLE_PAYMENT, SettlementContract::settle)
                .register(TxName.GET_SETTLEMENT, SettlementContract::get);
    }

    /**
     * Only the obligor's designated bank may post; idempotent per bank and payment id: a replay returns the stored
     * outcome marked {@code replayed} and writes nothing (even after the obligor designated another bank).
     */
    static SettlementOutcome settle(TxContext ctx, String argument) {
        PaymentNotice notice = Arguments.decode(argument, PaymentNotice.class);
        Party bank = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        SettlementRules.validate(notice);
        SettlementRepository settlements = new SettlementRepository(ctx.state());
        Optional<SettlementOutcome> seen = settlements.find(bank.id(), notice.paymentId());
        if (seen.isPresent()) {
            SettlementRules.requireSamePayment(seen.get(), notice);
            return seen.get().asReplay();
        }
        SettlementAccountRules.requireDesignatedBank(
                new SettlementAccountRepository(ctx.state()).find(notice.obligorId()), notice.obligorId(), bank.id());
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Scope scope = notice.voucherId() == null
                ? SettlementRules.scope(notice)
                : SettlementRules.scope(notice, vouchers.get(notice.voucherId()));
        SettlementRules.requireMatured(scope, ctx.businessDate());
        Settlement settlement = SettlementRules.apply(notice, bank.id(), scope,
                vouchers.due(notice.obligorId(), scope.maturityDate(), scope.rootId()), ctx.txId());
        SettlementOutcome outcome = settlement.outcome();
        ctx.emit(new PaymentApplied(notice.paymentId(), bank.id(), notice.obligorId(), scope.maturityDate(),
                notice.amount(), outcome.applied(), outcome.unapplied()));
        for (VoucherPayment payment : settlement.payments()) {
            vouchers.update(payment.before(), payment.after());
            ctx.emit(new VoucherPaid(payment.after().id(), notice.paymentId(), payment.paid(), payment.after().outstanding(),
                    payment.after().status(), payment.after().version()));
            ctx.emit(new PayoutInstructed(notice.paymentId(), bank.id(), ctx.businessDate(), payment.payout()));
            expireOpenFinancing(ctx, payment);
        }
        PoolCollections.record(ctx, bank.id(), notice.paymentId(), outcome.payouts());
        releaseLimits(ctx, notice, settlement.payments());
        settlePledges(ctx, vouchers, settlement.payments());
        settlements.save(outcome);
        return outcome;
    }

    static SettlementOutcome get(TxContext ctx, String argument) {
        SettlementQuery query = Arguments.decode(argument, SettlementQuery.class);
        Viewer viewer = ActingParty.viewer(ctx);
        PartyRules.requirePartyId(query.bankId());
        FinancingRules.requirePaymentId(query.paymentId());
        SettlementOutcome outcome = new SettlementRepository(ctx.state()).get(query.bankId(), query.paymentId(),
                found -> Visibility.settlementSight(viewer, found).any());
        return Visibility.settlement(viewer, outcome).orElseThrow();
    }

    /** A voucher paid in full while a financing was still open ends that financing. */
    private static void expireOpenFinancing(TxContext ctx, VoucherPayment payment) {
        if (!payment.settled() || payment.before().status() != VoucherStatus.FINANCING) {
            return;
        }
        FinancingRepository financings = new FinancingRepository(ctx.state());
        Financing before = financings.get(payment.before().financingId());
        Financing expired = FinancingRules.expire(before);
        financings.save(expired);
        ctx.emit(FinancingRules.changed(before, expired));
    }

    /** One release per counter, so each slot is written once however many vouchers shared it. */
    private static void releaseLimits(TxContext ctx, PaymentNotice notice, List<VoucherPayment> payments) {
        Limits limits = new Limits(ctx);
        String currency = notice.amount().currency();
        limits.releaseIssuance(notice.obligorId(), currency, payments.stream()
                .map(p -> new Limits.Release(p.before().id(), p.issuanceReleased())).toList());
        Map<String, List<Limits.Release>> byFinancier = new TreeMap<>();
        for (VoucherPayment p : payments) {
            if (p.before().lineUse() != null) {
                byFinancier.computeIfAbsent(p.before().lineUse().financierId(), f -> new ArrayList<>())
                        .add(new Limits.Release(p.before().id(), p.lineReleased()));
            }
        }
        byFinancier.forEach((financierId, releases) ->
                limits.releaseLine(financierId, notice.obligorId(), currency, releases));
    }

    /** Each tree's pledge shrinks by what its vouchers were paid; at zero its invoices are SETTLED. */
    private static void settlePledges(TxContext ctx, VoucherRepository vouchers, List<VoucherPayment> payments) {
        Map<String, Money> paidByRoot = new TreeMap<>();
        payments.forEach(p -> paidByRoot.merge(p.before().rootId(), p.paid(), Money::plus));
        InvoiceRepository invoices = new InvoiceRepository(ctx.state());
        paidByRoot.forEach((rootId, paid) -> vouchers.findPledge(rootId).ifPresent(pledge -> {
            Pledge reduced = SettlementRules.reduce(pledge, paid);
            vouchers.save(reduced);
            if (reduced.outstanding().isZero()) {
                for (String invoiceId : reduced.invoiceIds()) {
                    Invoice pledged = invoices.get(invoiceId);
                    Invoice settled = InvoiceRules.settle(pledged);
                    invoices.save(settled);
                    ctx.emit(InvoiceRules.changed(pledged, settled));
                }
            }
        }));
    }
}
