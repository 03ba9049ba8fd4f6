package io.trellis.chaincode.api;

/** Names of the chaincode's transactions, shared by the chaincode router and its clients. */
public final class TxName {
    public static final String REGISTER_PARTY = "RegisterParty";
    public static final String GET_PARTY = "GetParty";
    public static final String LIST_PARTIES = "ListParties";
    public static final String REVIEW_KYC = "ReviewKyc";
    public static final String ADMIT_PARTY = "AdmitParty";

    public static final String SET_CONFIG = "SetConfig";
    public static final String GET_CONFIG = "GetConfig";
    public static final String GET_HISTORY = "GetHistory";
    /** The liveness probe and benchmark baseline (not "Ping": the network's readiness check expects that name unknown). */
    public static final String HEARTBEAT = "Heartbeat";

    public static final String GRANT_CREDIT_LINE = "GrantCreditLine";
    public static final String REDUCE_CREDIT_LINE = "ReduceCreditLine";
    public static final String REVOKE_CREDIT_LINE = "RevokeCreditLine";
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
    public static final String DESIGNATE_SETTLEMENT_BANK = "DesignateSettlementBank";
    public static final String GET_SETTLEMENT_ACCOUNT = "GetSettlementAccount";
    public static final String CONFIRM_PAYOUT = "ConfirmPayout";

    public static final String CREATE_POOL = "CreatePool";
    public static final String ADD_POOL_ASSETS = "AddPoolAssets";
    public static final String REMOVE_POOL_ASSETS = "RemovePoolAssets";
    public static final String APPOINT_PROVIDER = "AppointProvider";
    public static final String RECORD_ATTESTATION = "RecordAttestation";
    public static final String WITHDRAW_ATTESTATION = "WithdrawAttestation";
    public static final String RECORD_RATING = "RecordRating";
    public static final String SET_DEAL_STRUCTURE = "SetDealStructure";
    public static final String OPEN_SUBSCRIPTION = "OpenSubscription";
    public static final String SUBSCRIBE = "Subscribe";
    public static final String CLOSE_SUBSCRIPTION = "CloseSubscription";
    public static final String RESIZE_TRANCHE = "ResizeTranche";
    public static final String ISSUE_DEAL = "IssueDeal";
    public static final String CANCEL_DEAL = "CancelDeal";
    public static final String RUN_PAYMENT_DATE = "RunPaymentDate";
    public static final String GET_DEAL = "GetDeal";
    public static final String GET_INVESTOR_PORTFOLIO = "GetInvestorPortfolio";
    public static final String GET_TRANCHE_ASSETS = "GetTrancheAssets";
    /** A read-only dry run of {@code AddPoolAssets}: the eligibility report of the vouchers named. */
    public static final String CHECK_POOL_ELIGIBILITY = "CheckPoolEligibility";

    /** Transient-data key of {@code ApproveFinancing}: the private terms (rate, value date) as JSON. */
    public static final String TRANSIENT_TERMS = "terms";

    /**
     * Transient-data key of any transaction that draws on a slotted limit (issuance, credit line): a decimal
     * integer, the slot the use starts at (taken modulo the slot count). A client spreads its concurrent
     * transactions over the slots with it, so they do not collide; without it the voucher id picks the slot.
     */
    public static final String TRANSIENT_SLOT = "slot";

    private TxName() {
    }
}
