package io.trellis.chaincode.api;

/** Names of the chaincode's transactions, shared by the chaincode router and its clients. */
public final class TxName {
    public static final String REGISTER_PARTY = "RegisterParty";
    public static final String GET_PARTY = "GetParty";
    public static final String LIST_PARTIES = "ListParties";
    public static final String REVIEW_KYC = "ReviewKyc";

    public static final String SET_CONFIG = "SetConfig";
    public static final String GET_CONFIG = "GetConfig";
    public static final String GET_HISTORY = "GetHistory";

    public static final String GRANT_CREDIT_LINE = "GrantCreditLine";
    public static final String GET_CREDIT_LINE = "GetCreditLine";
    public static final String GET_ISSUANCE_LIMIT = "GetIssuanceLimit";

    public static final String REGISTER_INVOICE = "RegisterInvoice";
    public static final String CONFIRM_INVOICE = "ConfirmInvoice";
    public static final String DISPUTE_INVOICE = "DisputeInvoice";
    public static final String CANCEL_INVOICE = "CancelInvoice";
    public static final String GET_INVOICE = "GetInvoice";

    public static final String ISSUE_VOUCHER = "IssueVoucher";
    public static final String ACCEPT_VOUCHER = "AcceptVoucher";
    public static final String REJECT_VOUCHER = "RejectVoucher";
    public static final String SPLIT_VOUCHER = "SplitVoucher";
    public static final String TRANSFER_VOUCHER = "TransferVoucher";
    public static final String MARK_VOUCHER_OVERDUE = "MarkVoucherOverdue";
    public static final String GET_VOUCHER = "GetVoucher";
    public static final String LIST_VOUCHERS_BY_HOLDER = "ListVouchersByHolder";
    public static final String LIST_VOUCHERS_BY_STATUS = "ListVouchersByStatus";
    public static final String GET_VOUCHER_LINEAGE = "GetVoucherLineage";

    public static final String APPLY_FINANCING = "ApplyFinancing";
    public static final String APPROVE_FINANCING = "ApproveFinancing";
    public static final String DECLINE_FINANCING = "DeclineFinancing";
    public static final String CONFIRM_DISBURSEMENT = "ConfirmDisbursement";
    public static final String GET_FINANCING = "GetFinancing";
    public static final String GET_FINANCING_TERMS = "GetFinancingTerms";

    public static final String SETTLE_PAYMENT = "SettlePayment";
    public static final String GET_SETTLEMENT = "GetSettlement";

    /** Transient-data key of {@code ApproveFinancing}: the private terms (rate, value date) as JSON. */
    public static final String TRANSIENT_TERMS = "terms";

    private TxName() {
    }
}
