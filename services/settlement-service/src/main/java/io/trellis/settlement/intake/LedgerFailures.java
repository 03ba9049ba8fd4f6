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
}
