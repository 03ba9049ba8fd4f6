package io.trellis.chaincode.creditline;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.IssuanceLimit;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import io.trellis.chaincode.limit.CounterStore;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Credit lines and issuance limits in world state. Headers are written only by grants, reductions and revocations
 * (rare), so uses read them without conflicting; the used amounts live in counter slots:
 * {@code credit-line/<financier>/<obligor>}, {@code credit-line-slot/<financier>/<obligor>/<NN>},
 * {@code issuance-limit/<obligor>}, {@code issuance-slot/<obligor>/<NN>}.
 */
public final class CreditLineRepository {
    static final String LINE = "credit-line";
    static final String LINE_SLOT = "credit-line-slot";
    static final String ISSUANCE = "issuance-limit";
    static final String ISSUANCE_SLOT = "issuance-slot";

    private final StateStore state;
    private final KeyedRecords<CreditLine> lines;

    public CreditLineRepository(StateStore state) {
        this.state = state;
        // Key parts: financier, obligor.
        this.lines = new KeyedRecords<>(state, LINE, CreditLine.class, ErrorCode.CREDIT_LINE_NOT_FOUND,
                key -> "financier " + key.get(0) + " has no credit line for " + key.get(1));
    }

    public Optional<CreditLine> findLine(String financierId, String obligorId) {
        return lines.find(financierId, obligorId);
    }

    public CreditLine line(String financierId, String obligorId) {
        return lines.get(financierId, obligorId);
    }

    /** As {@link #line}, but one the reader may not see ({@code visible} false) reads exactly as missing. */
    public CreditLine line(String financierId, String obligorId, Predicate<? super CreditLine> visible) {
        return lines.get(visible, financierId, obligorId);
    }

    public void save(CreditLine line) {
        lines.save(line, line.financierId(), line.obligorId());
    }

    public Optional<IssuanceLimit> findIssuance(String obligorId) {
        return state.get(state.key(ISSUANCE, obligorId), IssuanceLimit.class);
    }

    public void save(IssuanceLimit limit) {
        state.put(state.key(ISSUANCE, limit.obligorId()), limit);
    }

    public CounterStore lineSlots(String financierId, String obligorId) {
        return new CounterStore(state, LINE_SLOT, financierId, obligorId);
    }

    public CounterStore issuanceSlots(String obligorId) {
        return new CounterStore(state, ISSUANCE_SLOT, obligorId);
    }
}
