package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.api.TxName;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Every supply-chain finance transaction (parties, configuration, lines, invoices, vouchers, financing,
 * settlement, history, heartbeat) driven with {@link #TRIES} generated
 * inputs each (see {@link TransactionFuzzer} for what no input may break). Shrinking is off: the worlds are
 * stateful, so a failure reports the exact call instead.
 */
class ScfTransactionsFuzzTest extends TransactionFuzzSuite {

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void registerParty(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.REGISTER_PARTY, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getParty(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_PARTY, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void listParties(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.LIST_PARTIES, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void reviewKyc(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.REVIEW_KYC, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void setConfig(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.SET_CONFIG, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getConfig(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_CONFIG, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getHistory(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_HISTORY, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void heartbeat(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.HEARTBEAT, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void grantCreditLine(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GRANT_CREDIT_LINE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void reduceCreditLine(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.REDUCE_CREDIT_LINE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void revokeCreditLine(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.REVOKE_CREDIT_LINE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getCreditLine(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_CREDIT_LINE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getIssuanceLimit(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_ISSUANCE_LIMIT, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void registerInvoice(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.REGISTER_INVOICE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void confirmInvoice(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.CONFIRM_INVOICE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void disputeInvoice(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.DISPUTE_INVOICE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void cancelInvoice(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.CANCEL_INVOICE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getInvoice(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_INVOICE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void issueVoucher(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.ISSUE_VOUCHER, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void acceptVoucher(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.ACCEPT_VOUCHER, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void rejectVoucher(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.REJECT_VOUCHER, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void splitVoucher(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.SPLIT_VOUCHER, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void transferVoucher(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.TRANSFER_VOUCHER, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void markVoucherOverdue(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.MARK_VOUCHER_OVERDUE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getVoucher(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_VOUCHER, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void listVouchersByHolder(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.LIST_VOUCHERS_BY_HOLDER, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void listVouchersByStatus(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.LIST_VOUCHERS_BY_STATUS, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getVoucherLineage(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_VOUCHER_LINEAGE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void applyFinancing(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.APPLY_FINANCING, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void approveFinancing(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.APPROVE_FINANCING, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void declineFinancing(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.DECLINE_FINANCING, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void confirmDisbursement(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.CONFIRM_DISBURSEMENT, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getFinancing(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_FINANCING, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getFinancingTerms(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_FINANCING_TERMS, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void settlePayment(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.SETTLE_PAYMENT, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getSettlement(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_SETTLEMENT, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void designateSettlementBank(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.DESIGNATE_SETTLEMENT_BANK, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getSettlementAccount(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_SETTLEMENT_ACCOUNT, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void confirmPayout(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.CONFIRM_PAYOUT, input);
    }
}
