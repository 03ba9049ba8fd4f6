package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Applied payments under {@code settlement/<bankId>/<paymentId>}: what makes a payment idempotent. Payment ids are
 * each bank's own references, so the same id at two banks names two payments.
 */
public final class SettlementRepository {
    static final String SETTLEMENT = "settlement";

    private final KeyedRecords<SettlementOutcome> outcomes;

    public SettlementRepository(StateStore state) {
        // Key parts: bank, payment.
        this.outcomes = new KeyedRecords<>(state, SETTLEMENT, SettlementOutcome.class, ErrorCode.SETTLEMENT_NOT_FOUND,
                key -> "no payment " + key.get(1) + " was applied by " + key.get(0));
    }

    public Optional<SettlementOutcome> find(String bankId, String paymentId) {
        return outcomes.find(bankId, paymentId);
    }

    public SettlementOutcome get(String bankId, String paymentId) {
        return outcomes.get(bankId, paymentId);
    }

    /** As {@link #get}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public SettlementOutcome get(String bankId, String paymentId, Predicate<? super SettlementOutcome> visible) {
        return outcomes.get(visible, bankId, paymentId);
    }

    public void save(SettlementOutcome outcome) {
        outcomes.save(outcome, outcome.bankId(), outcome.notice().paymentId());
    }
}
