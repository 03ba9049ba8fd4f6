package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.api.TxName;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every supply-chain finance transaction (parties, configuration, lines, invoices, vouchers, financing,
 * settlement, history, heartbeat) driven with {@link FuzzRunner#TRIES} generated inputs each (see
 * {@link TransactionFuzzer} for what no input may break). The transactions run concurrently: each has its own world
 * and fuzzer, and they share no state.
 */
@Execution(ExecutionMode.CONCURRENT)
class ScfTransactionsFuzzTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            TxName.REGISTER_PARTY,
            TxName.ADMIT_PARTY,
            TxName.GET_PARTY,
            TxName.LIST_PARTIES,
            TxName.REVIEW_KYC,
            TxName.SET_CONFIG,
            TxName.GET_CONFIG,
            TxName.GET_HISTORY,
            TxName.HEARTBEAT,
            TxName.GRANT_CREDIT_LINE,
            TxName.REDUCE_CREDIT_LINE,
            TxName.REVOKE_CREDIT_LINE,
            TxName.GET_CREDIT_LINE,
            TxName.GET_ISSUANCE_LIMIT,
            TxName.REGISTER_INVOICE,
            TxName.CONFIRM_INVOICE,
            TxName.DISPUTE_INVOICE,
            TxName.CANCEL_INVOICE,
            TxName.GET_INVOICE,
            TxName.ISSUE_VOUCHER,
            TxName.ACCEPT_VOUCHER,
            TxName.REJECT_VOUCHER,
            TxName.SPLIT_VOUCHER,
            TxName.TRANSFER_VOUCHER,
            TxName.MARK_VOUCHER_OVERDUE,
            TxName.GET_VOUCHER,
            TxName.LIST_VOUCHERS_BY_HOLDER,
            TxName.LIST_VOUCHERS_BY_STATUS,
            TxName.GET_VOUCHER_LINEAGE,
            TxName.APPLY_FINANCING,
            TxName.APPROVE_FINANCING,
            TxName.DECLINE_FINANCING,
            TxName.CONFIRM_DISBURSEMENT,
            TxName.GET_FINANCING,
            TxName.GET_FINANCING_TERMS,
            TxName.SETTLE_PAYMENT,
            TxName.GET_SETTLEMENT,
            TxName.DESIGNATE_SETTLEMENT_BANK,
            TxName.GET_SETTLEMENT_ACCOUNT,
            TxName.CONFIRM_PAYOUT})
    void no_generated_input_breaks_the_rules_of(String transaction) {
        FuzzRunner.fuzz(transaction);
    }
}
