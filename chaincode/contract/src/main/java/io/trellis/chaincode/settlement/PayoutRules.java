package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.event.PayoutConfirmed;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.PayoutConfirmation;
import io.trellis.chaincode.api.settlement.PayoutConfirmationRequest;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.financing.FinancingRules;
import java.time.Instant;
import java.util.regex.Pattern;

/** Confirming payouts: pure. A payout is confirmed once, by one bank reference; repeating it changes nothing. */
public final class PayoutRules {
    private static final Pattern PAYOUT_ID = Pattern.compile("PO[0-9A-F]{20}-[0-9]{2,4}");
    private static final Pattern BANK_REFERENCE = Pattern.compile("[0-9A-Za-z._:-]{1,64}");

    private PayoutRules() {
    }

    public static void validate(PayoutConfirmationRequest request) {
        FinancingRules.requirePaymentId(request.paymentId());
        if (request.payoutId() == null || !PAYOUT_ID.matcher(request.payoutId()).matches()) {
            throw ChaincodeException.invalid("payoutId must look like PO<20 hex>-NN");
        }
        if (request.bankReference() == null || !BANK_REFERENCE.matcher(request.bankReference()).matches()) {
            throw ChaincodeException.invalid("bankReference must be 1 to 64 letters, digits or . _ : -");
        }
    }

    /** The payout of {@code payment} with that id. */
    public static Payout payoutOf(SettlementOutcome payment, String payoutId) {
        return payment.payouts().stream().filter(p -> p.payoutId().equals(payoutId)).findFirst()
                .orElseThrow(() -> new ChaincodeException(ErrorCode.PAYOUT_NOT_FOUND,
                        "payment " + payment.notice().paymentId() + " has no payout " + payoutId));
    }

    public static PayoutConfirmation confirm(SettlementOutcome payment, Payout payout, String bankReference,
            Instant timestamp) {
        return new PayoutConfirmation(payout.payoutId(), payment.notice().paymentId(), payment.bankId(),
                payout.voucherId(), payout.holderId(), payout.poolId(), payout.amount(), bankReference, timestamp, false);
    }

    /** A second confirmation: the stored one again if it repeats the bank reference, else a conflict. */
    public static PayoutConfirmation replay(PayoutConfirmation stored, String bankReference) {
        if (!stored.bankReference().equals(bankReference)) {
            throw new ChaincodeException(ErrorCode.PAYOUT_ALREADY_CONFIRMED, "payout " + stored.payoutId()
                    + " was already confirmed with another bank reference");
        }
        return stored.asReplay();
    }

    public static PayoutConfirmed confirmed(PayoutConfirmation c) {
        return new PayoutConfirmed(c.payoutId(), c.paymentId(), c.bankId(), c.voucherId(), c.holderId(), c.poolId(),
                c.amount(), c.bankReference(), c.confirmedAt());
    }
}
