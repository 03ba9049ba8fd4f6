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
    CREDIT_LINE_NOT_FOUND(ErrorKind.NOT_FOUND),
    INVOICE_NOT_FOUND(ErrorKind.NOT_FOUND),
    VOUCHER_NOT_FOUND(ErrorKind.NOT_FOUND),
    FINANCING_NOT_FOUND(ErrorKind.NOT_FOUND),
    SETTLEMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    FINANCING_TERMS_NOT_FOUND(ErrorKind.NOT_FOUND),

    PARTY_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    IDENTITY_ALREADY_BOUND(ErrorKind.CONFLICT),
    KYC_ALREADY_REVIEWED(ErrorKind.CONFLICT),
    CREDIT_LINE_ALREADY_GRANTED(ErrorKind.CONFLICT),
    /** The double-financing guard: this (seller, invoice code, invoice number) is already on the ledger. */
    INVOICE_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    INVOICE_ALREADY_PLEDGED(ErrorKind.CONFLICT),
    INVOICE_STATE_CONFLICT(ErrorKind.CONFLICT),
    VOUCHER_STATE_CONFLICT(ErrorKind.CONFLICT),
    FINANCING_STATE_CONFLICT(ErrorKind.CONFLICT),
    /** A payment id already used for a different payment. */
    PAYMENT_ID_REUSED(ErrorKind.CONFLICT),

    ROLE_NOT_HOSTED_BY_ORG(ErrorKind.RULE_BROKEN),
    COUNTERPARTY_NOT_ELIGIBLE(ErrorKind.RULE_BROKEN),
    CURRENCY_MISMATCH(ErrorKind.RULE_BROKEN),
    CREDIT_LINE_EXCEEDED(ErrorKind.RULE_BROKEN),
    ISSUANCE_LIMIT_EXCEEDED(ErrorKind.RULE_BROKEN),
    INVOICE_PARTY_MISMATCH(ErrorKind.RULE_BROKEN),
    VOUCHER_EXCEEDS_INVOICES(ErrorKind.RULE_BROKEN),
    INVALID_MATURITY(ErrorKind.RULE_BROKEN),
    SPLIT_NOT_CONSERVED(ErrorKind.RULE_BROKEN),
    TIER_LIMIT_EXCEEDED(ErrorKind.RULE_BROKEN),
    /** The voucher has reached its maturity date: it can no longer be split, transferred or financed. */
    VOUCHER_MATURED(ErrorKind.RULE_BROKEN),
    /** Settlement or an overdue mark before the maturity date allows it. */
    VOUCHER_NOT_MATURE(ErrorKind.RULE_BROKEN),
    INVALID_FINANCING_TERMS(ErrorKind.RULE_BROKEN),

    LEDGER_UNAVAILABLE(ErrorKind.UNAVAILABLE),

    INTERNAL_ERROR(ErrorKind.INTERNAL);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
