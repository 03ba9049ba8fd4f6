package io.trellis.bench;

import io.trellis.ledger.LedgerCall;

/** What each benchmark client submits, call after call. */
public interface Workload {

    String name();

    /** The {@code sequence}-th call of client {@code client}; every call must be a fresh, valid transaction. */
    LedgerCall next(int client, long sequence);
}
