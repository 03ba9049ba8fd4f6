package io.trellis.bench;

import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerClient;

/** What each benchmark client does, call after call. A client is one thread: per-client state needs no locks. */
public interface Workload {

    String name();

    /**
     * Makes the {@code sequence}-th call of client {@code client} and waits until it is committed; every call must
     * be a fresh, valid transaction. {@code ledger} is the runner's ledger-client, for workloads that go through it.
     *
     * @throws io.trellis.ledger.LedgerException for a call that failed (counted, the client goes on)
     * @throws VoucherStock.ExhaustedException when the workload has nothing left to submit; the client stops
     */
    Committed<?> call(LedgerClient ledger, int client, long sequence);

    /** The last call of {@code client} committed; a workload that builds on its own results moves on here. */
    default void committed(int client) {
    }

    /** Whether its transactions emit events that scf-service projects, so that the read-model lag can be measured. */
    default boolean projected() {
        return true;
    }
}
