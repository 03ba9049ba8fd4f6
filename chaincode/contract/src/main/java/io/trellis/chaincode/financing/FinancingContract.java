package io.trellis.chaincode.financing;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.FinancingApplied;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.Disbursement;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.DisbursementOutcome;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingDecision;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.LineUse;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Ids;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.creditline.CreditLineRepository;
import io.trellis.chaincode.creditline.CreditLineRules;
import io.trellis.chaincode.creditline.Limits;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import io.trellis.chaincode.voucher.VoucherRepository;
import io.trellis.chaincode.voucher.VoucherRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Financing: the holder applies, the financier approves (terms private, line taken) or declines (line given
 * back), and a disbursement payment hands the voucher to the financier.
 */
public final class FinancingContract {

    private FinancingContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.APPLY_FINANCING, FinancingContract::apply)
                .register(TxName.APPROVE_FINANCING, FinancingContract::approve)
                .register(TxName.DECLINE_FINANCING, FinancingContract::decline)
                .register(TxName.CONFIRM_DISBURSEMENT, FinancingContract::confirmDisbursement)
                .register(TxName.GET_FINANCING, FinancingContract::get)
                .register(TxName.GET_FINANCING_TERMS, FinancingContract::terms);
    }

    static Financing apply(TxContext ctx, String argument) {
        ApplyFinancingRequest request = Arguments.decode(argument, ApplyFinancingRequest.class);
        Party holder = ActingParty.withRole(ctx, PartyRole.SUPPLIER);
        FinancingRules.validate(request);
        Party financier = new PartyRepository(ctx.state()).eligible(request.financierId(), PartyRole.FINANCIER);
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher before = vouchers.get(request.voucherId());
        FinancingRules.Applied applied = FinancingRules.apply(before, holder.id(), financier.id(),
                Ids.fromTx("FN", ctx.txId()), ctx.businessDate(), ctx.timestamp());
        // Fail early when the financier cannot finance this obligor at all (no line, or a revoked one).
        CreditLineRules.requireActive(new CreditLineRepository(ctx.state()).line(financier.id(), before.obligorId()));
        new FinancingRepository(ctx.state()).save(applied.financing());
        vouchers.update(before, applied.voucher());
        ctx.emit(new FinancingApplied(applied.financing()));
        ctx.emit(VoucherRules.changed(before, applied.voucher()));
        return applied.financing();
    }

    /** Terms arrive as transient data ({@link TxName#TRANSIENT_TERMS}); only their hash goes public. */
    static Financing approve(TxContext ctx, String argument) {
        FinancingDecision request = Arguments.decode(argument, FinancingDecision.class);
        Party financier = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        FinancingRules.requireFinancingId(request.financingId());
        FinancingRepository financings = new FinancingRepository(ctx.state());
        Financing before = financings.get(request.financingId());
        FinancingRules.requireFinancier(before, financier.id());
        TermsOffer offer = ctx.transientValue(TxName.TRANSIENT_TERMS)
                .map(bytes -> Arguments.decode(new String(bytes, StandardCharsets.UTF_8), TermsOffer.class))
                .orElseThrow(() -> ChaincodeException.invalid("approval needs the transient entry '"
                        + TxName.TRANSIENT_TERMS + "'"));
        FinancingTerms terms = FinancingRules.terms(before, offer, ctx.businessDate());
        Financing after = FinancingRules.approve(before, financier.id(), Hashes.sha256Hex(JsonCodec.toBytes(terms)));

        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher voucher = vouchers.get(before.voucherId());
        List<SlotAmount> allocation = new Limits(ctx).takeLine(financier.id(), before.obligorId(), voucher.id(),
                before.faceAmount());
        vouchers.update(voucher, FinancingRules.holdLine(voucher, new LineUse(financier.id(), allocation)));
        financings.save(after);
        financings.saveTerms(financier.org(), terms);
        ctx.emit(FinancingRules.changed(before, after));
        return after;
    }

    static Financing decline(TxContext ctx, String argument) {
        FinancingDecision request = Arguments.decode(argument, FinancingDecision.class);
        Party financier = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        FinancingRules.requireFinancingId(request.financingId());
        FinancingRepository financings = new FinancingRepository(ctx.state());
        Financing before = financings.get(request.financingId());
        Financing after = FinancingRules.decline(before, financier.id(), request.reason());
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher voucher = vouchers.get(before.voucherId());
        Voucher unlocked = FinancingRules.unlock(voucher);
        vouchers.update(voucher, unlocked);
        financings.save(after);
        ctx.emit(FinancingRules.changed(before, after));
        ctx.emit(VoucherRules.changed(voucher, unlocked));
        if (voucher.lineUse() != null) {
            new Limits(ctx).releaseLine(financier.id(), before.obligorId(), voucher.amount().currency(),
                    List.of(new Limits.Release(voucher.id(), voucher.lineUse().allocation())));
        }
        return after;
    }

    /** Idempotent on the payment id: a replay answers {@code replayed} and writes nothing. */
    static DisbursementOutcome confirmDisbursement(TxContext ctx, String argument) {
        DisbursementNotice notice = Arguments.decode(argument, DisbursementNotice.class);
        Party financier = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        FinancingRules.requireFinancingId(notice.financingId());
        FinancingRules.requirePaymentId(notice.paymentId());
        FinancingRepository financings = new FinancingRepository(ctx.state());
        Financing before = financings.get(notice.financingId());
        FinancingRules.requireFinancier(before, financier.id());
        Optional<Disbursement> seen = financings.findDisbursement(notice.paymentId());
        if (seen.isPresent()) {
            if (!seen.get().financingId().equals(notice.financingId())) {
                throw new ChaincodeException(ErrorCode.PAYMENT_ID_REUSED,
                        "payment " + notice.paymentId() + " already paid financing " + seen.get().financingId());
            }
            return new DisbursementOutcome(before, true);
        }
        Financing after = FinancingRules.disburse(before, financier.id(), notice.paymentId());
        VoucherRepository vouchers = new VoucherRepository(ctx.state());
        Voucher voucher = vouchers.get(before.voucherId());
        Voucher financed = FinancingRules.handOver(voucher, financier.id());
        vouchers.update(voucher, financed);
        financings.save(after);
        financings.save(new Disbursement(notice.paymentId(), after.id()));
        ctx.emit(FinancingRules.changed(before, after));
        ctx.emit(VoucherRules.changed(voucher, financed));
        return new DisbursementOutcome(after, false);
    }

    static Financing get(TxContext ctx, String argument) {
        String id = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        FinancingRules.requireFinancingId(id);
        return new FinancingRepository(ctx.state()).get(id, financing -> Visibility.financing(viewer, financing));
    }

    /** The private terms, for the financier and the applicant; evaluate on a peer of the collection. */
    static FinancingTerms terms(TxContext ctx, String argument) {
        String id = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        FinancingRules.requireFinancingId(id);
        FinancingRepository financings = new FinancingRepository(ctx.state());
        Financing financing = financings.get(id, found -> Visibility.financing(viewer, found));
        if (!Visibility.financingTerms(viewer, financing)) {
            throw ChaincodeException.notAllowed("only the financier and the applicant may read financing terms");
        }
        Party financier = new PartyRepository(ctx.state()).get(financing.financierId());
        return financings.terms(financier.org(), id);
    }
}
