package io.trellis.ledger;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;

/** Every failure of a ledger call, with the stable code a service turns into a problem response. */
public abstract sealed class LedgerException extends RuntimeException
        permits LedgerRejectedException, LedgerConflictException, LedgerUnavailableException,
        LedgerOutcomeUnknownException, LedgerInvalidTransactionException {

    private final ErrorCode code;

    protected LedgerException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public ChaincodeError toError() {
        return new ChaincodeError(code, getMessage());
    }
}
