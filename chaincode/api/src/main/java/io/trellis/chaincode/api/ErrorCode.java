package io.trellis.chaincode.api;

/**
 * Stable error codes. Chaincode rejects a transaction with one of these; services turn it into a
 * problem response whose {@code code} is the enum name. Never rename a constant: clients depend on it.
 */
public enum ErrorCode {
    INVALID_ARGUMENT(ErrorKind.MALFORMED),
    UNKNOWN_TRANSACTION(ErrorKind.MALFORMED),
    /**
     * The proposal's timestamp is further from the endorser's clock than the configured tolerance: no client may move
     * the business date. Stamp proposals with a synchronised clock and send again.
     */
    PROPOSAL_TIME_SKEWED(ErrorKind.MALFORMED),

    NOT_ALLOWED(ErrorKind.FORBIDDEN),
    CALLER_NOT_REGISTERED(ErrorKind.FORBIDDEN),
    PARTY_NOT_KYC_APPROVED(ErrorKind.FORBIDDEN),
    /**
     * An operator of a bank or securities firm registers a company the platform (the consortium's company
     * registry) has not admitted to its organisation: no member may occupy another's company id.
     */
    PARTY_NOT_ADMITTED(ErrorKind.FORBIDDEN),

    PARTY_NOT_FOUND(ErrorKind.NOT_FOUND),
    CREDIT_LINE_NOT_FOUND(ErrorKind.NOT_FOUND),
    INVOICE_NOT_FOUND(ErrorKind.NOT_FOUND),
    VOUCHER_NOT_FOUND(ErrorKind.NOT_FOUND),
    FINANCING_NOT_FOUND(ErrorKind.NOT_FOUND),
    SETTLEMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    FINANCING_TERMS_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The core enterprise has designated no settlement bank (or the reader may not see it). */
    SETTLEMENT_ACCOUNT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The payment named has no payout with that id. */
    PAYOUT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /**
     * The peer that evaluated cannot read the private data collection (it is not a member, or has not received
     * the data yet): evaluate on a peer of the collection. Not found here, which says nothing about elsewhere.
     */
    PRIVATE_DATA_NOT_AVAILABLE(ErrorKind.NOT_FOUND),

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
    /** The payout was already confirmed with another bank reference. */
    PAYOUT_ALREADY_CONFIRMED(ErrorKind.CONFLICT),

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
    /** A payment for a core enterprise that has designated no settlement bank: no bank may settle it yet. */
    SETTLEMENT_ACCOUNT_NOT_DESIGNATED(ErrorKind.RULE_BROKEN),
    /** A credit line cannot go below what its approved financings use. */
    CREDIT_LINE_IN_USE(ErrorKind.RULE_BROKEN),
    /** The issuance limit cannot go below what the core's unsettled vouchers use. */
    ISSUANCE_LIMIT_IN_USE(ErrorKind.RULE_BROKEN),
    /** The credit line was revoked: it takes no new financing and no further change. */
    CREDIT_LINE_REVOKED(ErrorKind.RULE_BROKEN),
    /** A sum of amounts would leave the range the ledger keeps exactly. */
    AMOUNT_OUT_OF_RANGE(ErrorKind.RULE_BROKEN),

    // ABS: pool eligibility
    ASSET_NOT_HELD_BY_ORIGINATOR(ErrorKind.FORBIDDEN),
    ASSET_ALREADY_POOLED(ErrorKind.CONFLICT),
    ASSET_STATUS_NOT_ELIGIBLE(ErrorKind.RULE_BROKEN),
    ASSET_MATURITY_OUT_OF_WINDOW(ErrorKind.RULE_BROKEN),
    OBLIGOR_CONCENTRATION_EXCEEDED(ErrorKind.RULE_BROKEN),
    // ABS: deal structure and life cycle
    POOL_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The voucher is not in the pool named. */
    POOL_ASSET_NOT_FOUND(ErrorKind.NOT_FOUND),
    TRANCHE_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The calling provider has no attestation of that kind on the deal (another provider's is not its to withdraw). */
    ATTESTATION_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** The deal's manager did not appoint the calling service provider to the deal in the role this record needs. */
    PROVIDER_NOT_APPOINTED(ErrorKind.FORBIDDEN),
    DEAL_STATE_CONFLICT(ErrorKind.CONFLICT),
    DEAL_STRUCTURE_FROZEN(ErrorKind.CONFLICT),
    PAYMENT_DATE_NOT_DUE(ErrorKind.CONFLICT),
    TRANCHE_SET_INVALID(ErrorKind.RULE_BROKEN),
    TRANCHE_PRINCIPAL_NOT_WHOLE_UNITS(ErrorKind.RULE_BROKEN),
    SUBORDINATED_COUPON_NOT_ALLOWED(ErrorKind.RULE_BROKEN),
    TRANCHES_EXCEED_POOL_PRINCIPAL(ErrorKind.RULE_BROKEN),
    PAYMENT_DATES_NOT_INCREASING(ErrorKind.RULE_BROKEN),
    ATTESTATION_MISSING(ErrorKind.RULE_BROKEN),
    /** An appointed provider's ADVERSE opinion is on record: the deal stays closed until its author withdraws it. */
    ATTESTATION_ADVERSE(ErrorKind.RULE_BROKEN),
    TRANCHE_RATING_MISSING(ErrorKind.RULE_BROKEN),
    DEAL_UNDERSUBSCRIBED(ErrorKind.RULE_BROKEN),
    TRANCHE_RESIZE_INVALID(ErrorKind.RULE_BROKEN),

    // Ledger access (services)
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
