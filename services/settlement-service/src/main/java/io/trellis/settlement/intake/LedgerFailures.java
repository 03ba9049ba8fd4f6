package io.trellis.settlement.intake;

import io.trellis.ledger.LedgerConflictException;
import io.trellis.ledger.LedgerException;
import io.trellis.ledger.LedgerInvalidTransactionException;
import io.trellis.ledger.LedgerOutcomeUnknownException;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.LedgerUnavailableException;

/** Which ledger failures end a message (dead letter) and which only end an attempt. */
final class LedgerFailures {

    private LedgerFailures() {
    }

    /** Invalid commits of one message in a row after which it is dead-lettered rather than tried again. */
    static final int MAX_INVALID_COMMITS = 5;

    /**
     * A refusal by the chaincode is final: the same message would be refused again. Everything else (no peer,
     * unknown commit, read conflicts, an invalid transaction) says nothing about the message, and a resubmission
     * is safe because the ledger answers a replay for an id it has applied.
     */
    static boolean isFinal(LedgerException e) {
        return switch (e) {
            case LedgerRejectedException rejected -> true;
            case LedgerUnavailableException unavailable -> false;
            case LedgerOutcomeUnknownException unknown -> false;
            case LedgerConflictException conflict -> false;
            case LedgerInvalidTransactionException invalid -> false;
        };
    }

    /**
     * A transaction committed invalid for a reason other than a read conflict (an endorsement policy failure, say)
     * may be the network's fault once, but the same message failing so again and again would block its whole batch
     * forever: after {@link #MAX_INVALID_COMMITS} of them it is set aside as a dead letter.
     */
    static boolean givesUp(LedgerException e, int invalidCommits) {
        return e instanceof LedgerInvalidTransactionException && invalidCommits >= MAX_INVALID_COMMITS;
    }
}
