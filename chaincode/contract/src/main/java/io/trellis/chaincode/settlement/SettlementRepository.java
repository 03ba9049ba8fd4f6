package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;
import java.util.function.Predicate;

/** Applied payments under {@code settlement/<payment id>}: what makes a payment idempotent. */
public final class SettlementRepository {
    static final String SETTLEMENT = "settlement";

    private final KeyedRecords<SettlementOutcome> outcomes;

    public SettlementRepository(StateStore state) {
        this.outcomes = new KeyedRecords<>(state, SETTLEMENT, SettlementOutcome.class, ErrorCode.SETTLEMENT_NOT_FOUND,
                key -> "no payment " + key.get(0) + " was applied");
    }

    public Optional<SettlementOutcome> find(String paymentId) {
        return outcomes.find(paymentId);
    }

    public SettlementOutcome get(String paymentId) {
        return outcomes.get(paymentId);
    }

    /** As {@link #get}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public SettlementOutcome get(String paymentId, Predicate<? super SettlementOutcome> visible) {
        return outcomes.get(visible, paymentId);
    }

    public void save(SettlementOutcome outcome) {
        outcomes.save(outcome, outcome.notice().paymentId());
    }
}
