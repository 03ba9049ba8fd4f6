package io.trellis.bench;

import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;

/** A workload that submits its calls through ledger-client, signed by the bench's own copies of the identities. */
public interface LedgerWorkload extends Workload {

    /** The {@code sequence}-th call of client {@code client}; see {@link Workload#call}. */
    LedgerCall next(int client, long sequence);

    @Override
    default Committed<?> call(LedgerClient ledger, int client, long sequence) {
        return ledger.submit(next(client, sequence), Void.class);
    }
}
