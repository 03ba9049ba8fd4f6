package io.trellis.bench;

import io.trellis.ledger.LedgerCall;

/** What each benchmark client submits, call after call. A client is one thread: per-client state needs no locks. */
public interface Workload {

    String name();

    /**
     * The {@code sequence}-th call of client {@code client}; every call must be a fresh, valid transaction.
     *
     * @throws VoucherStock.ExhaustedException when the workload has nothing left to submit; the client stops
     */
    LedgerCall next(int client, long sequence);

    /** The last call of {@code client} committed; a workload that builds on its own results moves on here. */
    default void committed(int client) {
    }

    /** Whether its transactions emit events that scf-service projects, so that the read-model lag can be measured. */
    default boolean projected() {
        return true;
    }
}
