package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.core.ChaincodeException;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;

/** Applied payments under {@code settlement/<payment id>}: what makes a payment idempotent. */
public final class SettlementRepository {
    static final String SETTLEMENT = "settlement";

    private final StateStore state;

    public SettlementRepository(StateStore state) {
        this.state = state;
    }

    public Optional<SettlementOutcome> find(String paymentId) {
        return state.get(state.key(SETTLEMENT, paymentId), SettlementOutcome.class);
    }

    public SettlementOutcome get(String paymentId) {
        return find(paymentId).orElseThrow(() -> new ChaincodeException(ErrorCode.SETTLEMENT_NOT_FOUND,
                "no payment " + paymentId + " was applied"));
    }

    public void save(SettlementOutcome outcome) {
        state.put(state.key(SETTLEMENT, outcome.notice().paymentId()), outcome);
    }
}
