package io.trellis.ledger;

import io.trellis.chaincode.api.ErrorCode;

/** Every attempt was invalidated by a concurrent change (MVCC or phantom read conflict): nothing was written. */
public final class LedgerConflictException extends LedgerException {

    public LedgerConflictException(String transaction, int attempts) {
        super(ErrorCode.LEDGER_CONFLICT,
                transaction + " kept conflicting with concurrent transactions; gave up after " + attempts + " attempts",
                null);
    }
}
