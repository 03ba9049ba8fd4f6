package io.trellis.settlement.payout;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.settlement.PayoutConfirmation;
import io.trellis.chaincode.api.settlement.PayoutConfirmationRequest;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.settlement.intake.MessageHandler;
import io.trellis.settlement.intake.Outcome;
import io.trellis.settlement.intake.Refusal;
import io.trellis.settlement.payment.BankIdentities;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Records a bank's confirmation of a payout on the ledger, signed by that bank; a repeat is a replay. */
@ApplicationScoped
public class PayoutConfirmationHandler implements MessageHandler {
    static final String MALFORMED = "MALFORMED_CONFIRMATION";

    private final LedgerClient ledger;
    private final BankIdentities banks;

    PayoutConfirmationHandler(LedgerClient ledger, BankIdentities banks) {
        this.ledger = ledger;
        this.banks = banks;
    }

    @Override
    public Outcome handle(String key, byte[] value) {
        BankPayoutConfirmation message;
        try {
            message = JsonCodec.fromJson(value, BankPayoutConfirmation.class);
        } catch (RuntimeException e) {
            return refused(MALFORMED, "not a payout confirmation: " + e.getMessage());
        }
        if (message == null || message.payoutId() == null || message.paymentId() == null || message.bankId() == null
                || message.bankReference() == null) {
            return refused(MALFORMED, "payoutId, paymentId, bankId and bankReference are required");
        }
        Optional<FabricIdentity> bank = banks.of(message.bankId());
        if (bank.isEmpty()) {
            return new Outcome.Refused(Refusal.bankNotServed(message.bankId()));
        }
        Committed<PayoutConfirmation> committed = ledger.submit(LedgerCall.json(bank.get(), TxName.CONFIRM_PAYOUT,
                new PayoutConfirmationRequest(message.paymentId(), message.payoutId(), message.bankReference())),
                PayoutConfirmation.class);
        return new Outcome.Applied(committed.transactionId(), committed.result().replayed());
    }

    private static Outcome refused(String code, String detail) {
        return new Outcome.Refused(new Refusal(code, detail));
    }
}
