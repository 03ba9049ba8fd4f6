package io.trellis.ledger;

import io.trellis.chaincode.api.ErrorCode;

/** The network committed the transaction as invalid (e.g. endorsement policy failure): nothing was written. */
public final class LedgerInvalidTransactionException extends LedgerException {

    public LedgerInvalidTransactionException(String transactionId, String validationCode) {
        super(ErrorCode.TRANSACTION_INVALID, "transaction " + transactionId + " was invalidated: " + validationCode, null);
    }
}
