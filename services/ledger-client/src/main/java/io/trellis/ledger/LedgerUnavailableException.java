package io.trellis.ledger;

import io.trellis.chaincode.api.ErrorCode;

/** The ledger could not be reached before anything was sent for ordering: nothing was written. */
public final class LedgerUnavailableException extends LedgerException {

    public LedgerUnavailableException(String message, Throwable cause) {
        super(ErrorCode.LEDGER_UNAVAILABLE, message, cause);
    }
}
