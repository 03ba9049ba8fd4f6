package io.trellis.chaincode.history;

import io.trellis.chaincode.abs.PoolRepository;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.financing.FinancingRepository;
import io.trellis.chaincode.invoice.InvoiceRepository;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyAdmissionRepository;
import io.trellis.chaincode.party.PartyRepository;
import io.trellis.chaincode.settlement.PayoutConfirmationRepository;
import io.trellis.chaincode.settlement.SettlementAccountRepository;
import io.trellis.chaincode.settlement.SettlementRepository;
import io.trellis.chaincode.voucher.VoucherRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The committed writes of one key, for audits: every aggregate and counter slot keeps its whole history. */
public final class HistoryContract {
    /** Key types that may be asked for, with their number of attributes (see docs/domain.md, key layout). */
    static final Map<String, Integer> KEY_TYPES = Map.ofEntries(
            Map.entry("party", 1),
            Map.entry("party-admission", 1),
            Map.entry("config", 1),
            Map.entry("credit-line", 2),
            Map.entry("credit-line-slot", 3),
            Map.entry("issuance-limit", 1),
            Map.entry("issuance-slot", 2),
            Map.entry("invoice", 1),
            Map.entry("voucher", 1),
            Map.entry("voucher-pledge", 1),
            Map.entry("financing", 1),
            Map.entry("disbursement", 1),
            Map.entry("settlement", 2),
            Map.entry("settlement-account", 1),
            Map.entry("payout-confirmation", 1),
            Map.entry("abs-pool", 1),
            Map.entry("abs-deal", 1));

    private HistoryContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.GET_HISTORY, HistoryContract::history);
    }

    static List<KeyChange> history(TxContext ctx, String argument) {
        HistoryRequest request = Arguments.decode(argument, HistoryRequest.class);
        Viewer viewer = ActingParty.viewer(ctx);
        Integer arity = request.type() == null ? null : KEY_TYPES.get(request.type());
        if (arity == null) {
            throw ChaincodeException.invalid("type must be one of " + KEY_TYPES.keySet().stream().sorted().toList());
        }
        List<String> attributes = request.attributes();
        if (attributes == null || attributes.size() != arity
                || attributes.stream().anyMatch(a -> Objects.isNull(a) || a.isBlank() || a.indexOf('\u0000') >= 0)) {
            throw ChaincodeException.invalid("a " + request.type() + " key has " + arity + " non-blank attributes");
        }
        if (!seesWhole(ctx, viewer, request.type(), attributes)) {
            return List.of(); // exactly what a key never written answers
        }
        return ctx.state().history(ctx.state().key(request.type(), attributes.toArray(String[]::new)));
    }

    /**
     * A key's history shows every past value, so only a reader who sees its object whole may have it: the object
     * the key belongs to decides, by {@link Visibility}. An object the reader may not see, or that does not exist,
     * gives no history.
     */
    private static boolean seesWhole(TxContext ctx, Viewer viewer, String type, List<String> key) {
        return switch (type) {
            case "config" -> true;
            case "party-admission" -> new PartyAdmissionRepository(ctx.state()).find(key.get(0))
                    .filter(admission -> Visibility.admission(viewer, admission)).isPresent();
            case "party" -> new PartyRepository(ctx.state()).find(key.get(0))
                    .filter(party -> Visibility.party(viewer, party)).isPresent();
            case "credit-line", "credit-line-slot" -> Visibility.creditLine(viewer, key.get(0), key.get(1));
            case "issuance-limit", "issuance-slot" -> Visibility.issuanceLimit(viewer, key.get(0));
            case "invoice" -> new InvoiceRepository(ctx.state()).find(key.get(0))
                    .filter(invoice -> Visibility.invoice(viewer, invoice)).isPresent();
            case "voucher" -> new VoucherRepository(ctx.state()).find(key.get(0))
                    .filter(voucher -> Visibility.voucher(viewer, voucher)).isPresent();
            case "voucher-pledge" -> new VoucherRepository(ctx.state()).find(key.get(0))
                    .flatMap(root -> root.invoiceIds().stream().findFirst())
                    .flatMap(new InvoiceRepository(ctx.state())::find)
                    .filter(invoice -> Visibility.pledge(viewer, invoice)).isPresent();
            case "financing" -> seesFinancing(ctx, viewer, key.get(0));
            case "disbursement" -> new FinancingRepository(ctx.state()).findDisbursement(key.get(0))
                    .filter(disbursement -> seesFinancing(ctx, viewer, disbursement.financingId())).isPresent();
            case "settlement" -> new SettlementRepository(ctx.state()).find(key.get(0), key.get(1))
                    .filter(outcome -> Visibility.settlementSight(viewer, outcome) == Visibility.Sight.WHOLE)
                    .isPresent();
            case "payout-confirmation" -> new PayoutConfirmationRepository(ctx.state()).find(key.get(0))
                    .filter(confirmation -> new SettlementRepository(ctx.state())
                            .find(confirmation.bankId(), confirmation.paymentId())
                            .filter(payment -> Visibility.payoutConfirmation(viewer, confirmation, payment)).isPresent())
                    .isPresent();
            case "settlement-account" -> new SettlementAccountRepository(ctx.state()).find(key.get(0))
                    .filter(account -> Visibility.settlementAccount(viewer, account)).isPresent();
            case "abs-pool", "abs-deal" -> new PoolRepository(ctx.state()).find(key.get(0))
                    .filter(pool -> Visibility.dealWhole(viewer, pool)).isPresent();
            default -> throw new IllegalStateException("no visibility rule for key type " + type);
        };
    }

    private static boolean seesFinancing(TxContext ctx, Viewer viewer, String financingId) {
        return new FinancingRepository(ctx.state()).find(financingId)
                .filter(financing -> Visibility.financing(viewer, financing)).isPresent();
    }
}
