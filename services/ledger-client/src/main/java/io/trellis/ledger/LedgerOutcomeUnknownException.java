package io.trellis.ledger;

import io.trellis.chaincode.api.ErrorCode;

/**
 * The transaction was handed to the network but its commit could not be confirmed in time. It may still
 * commit: look it up by {@link #transactionId()} before trying again, never resubmit blindly.
 */
public final class LedgerOutcomeUnknownException extends LedgerException {
    private final String transactionId;

    public LedgerOutcomeUnknownException(String transactionId, Throwable cause) {
        super(ErrorCode.LEDGER_OUTCOME_UNKNOWN,
                "transaction " + transactionId + " was sent but its commit is not confirmed yet", cause);
        this.transactionId = transactionId;
    }

    public String transactionId() {
        return transactionId;
    }
}
