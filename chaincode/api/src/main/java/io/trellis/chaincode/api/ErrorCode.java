package io.trellis.chaincode.api;

/**
 * Stable error codes. Chaincode rejects a transaction with one of these; services turn it into a
 * problem response whose {@code code} is the enum name. Never rename a constant: clients depend on it.
 */
public enum ErrorCode {
    INVALID_ARGUMENT(ErrorKind.MALFORMED),
    UNKNOWN_TRANSACTION(ErrorKind.MALFORMED),

    NOT_ALLOWED(ErrorKind.FORBIDDEN),
    CALLER_NOT_REGISTERED(ErrorKind.FORBIDDEN),
    PARTY_NOT_KYC_APPROVED(ErrorKind.FORBIDDEN),

    PARTY_NOT_FOUND(ErrorKind.NOT_FOUND),

    PARTY_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    IDENTITY_ALREADY_BOUND(ErrorKind.CONFLICT),
    KYC_ALREADY_REVIEWED(ErrorKind.CONFLICT),

    ROLE_NOT_HOSTED_BY_ORG(ErrorKind.RULE_BROKEN),

    /** Fabric kept rejecting the transaction for read conflicts after every retry. */
    LEDGER_CONFLICT(ErrorKind.CONFLICT),

    LEDGER_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    /** The transaction was sent but whether it committed is not known yet; look it up by its id. */
    LEDGER_OUTCOME_UNKNOWN(ErrorKind.UNAVAILABLE),

    /** The network committed the transaction as invalid for a reason other than a read conflict. */
    TRANSACTION_INVALID(ErrorKind.INTERNAL),

    INTERNAL_ERROR(ErrorKind.INTERNAL);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
