package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.settlement.PayoutConfirmation;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;

/** Confirmed payouts under {@code payout-confirmation/<payoutId>}: payout ids are unique across banks. */
public final class PayoutConfirmationRepository {
    static final String CONFIRMATION = "payout-confirmation";

    private final KeyedRecords<PayoutConfirmation> confirmations;

    public PayoutConfirmationRepository(StateStore state) {
        this.confirmations = new KeyedRecords<>(state, CONFIRMATION, PayoutConfirmation.class,
                ErrorCode.PAYOUT_NOT_FOUND, key -> "payout " + key.get(0) + " is not confirmed");
    }

    public Optional<PayoutConfirmation> find(String payoutId) {
        return confirmations.find(payoutId);
    }

    public void save(PayoutConfirmation confirmation) {
        confirmations.save(confirmation, confirmation.payoutId());
    }
}
