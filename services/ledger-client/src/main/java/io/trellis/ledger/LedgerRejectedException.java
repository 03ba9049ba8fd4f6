package io.trellis.ledger;

import io.trellis.chaincode.api.ChaincodeError;

/** The chaincode refused the transaction: nothing was written. Carries the chaincode's own code and message. */
public final class LedgerRejectedException extends LedgerException {

    public LedgerRejectedException(ChaincodeError error, Throwable cause) {
        super(error.code(), error.message(), cause);
    }
}
