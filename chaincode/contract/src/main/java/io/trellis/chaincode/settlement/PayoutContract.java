package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.PayoutConfirmation;
import io.trellis.chaincode.api.settlement.PayoutConfirmationRequest;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.party.ActingParty;
import java.util.Optional;

/** The bank that posted a payment confirms each payout it has paid, once. */
public final class PayoutContract {

    private PayoutContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.CONFIRM_PAYOUT, PayoutContract::confirm);
    }

    /** Only the posting bank finds the payment: it is looked up under the caller's own payment ids. */
    static PayoutConfirmation confirm(TxContext ctx, String argument) {
        PayoutConfirmationRequest request = Arguments.decode(argument, PayoutConfirmationRequest.class);
        Party bank = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        PayoutRules.validate(request);
        SettlementOutcome payment = new SettlementRepository(ctx.state()).get(bank.id(), request.paymentId());
        Payout payout = PayoutRules.payoutOf(payment, request.payoutId());
        PayoutConfirmationRepository confirmations = new PayoutConfirmationRepository(ctx.state());
        Optional<PayoutConfirmation> seen = confirmations.find(payout.payoutId());
        if (seen.isPresent()) {
            return PayoutRules.replay(seen.get(), request.bankReference());
        }
        PayoutConfirmation confirmation = PayoutRules.confirm(payment, payout, request.bankReference(), ctx.timestamp());
        confirmations.save(confirmation);
        ctx.emit(PayoutRules.confirmed(confirmation));
        return confirmation;
    }
}
