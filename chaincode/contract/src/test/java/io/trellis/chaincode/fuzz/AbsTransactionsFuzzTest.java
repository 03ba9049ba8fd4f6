package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.api.TxName;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every ABS transaction (pools, due diligence, the offering, payment dates, the deal queries) driven with
 * {@link FuzzRunner#TRIES} generated inputs each (see {@link TransactionFuzzer} for what no input may break). The transactions run concurrently: each has its own world and fuzzer, and they share no state.
 */
@Execution(ExecutionMode.CONCURRENT)
class AbsTransactionsFuzzTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            TxName.CREATE_POOL,
            TxName.ADD_POOL_ASSETS,
            TxName.REMOVE_POOL_ASSETS,
            TxName.APPOINT_PROVIDER,
            TxName.RECORD_ATTESTATION,
            TxName.WITHDRAW_ATTESTATION,
            TxName.RECORD_RATING,
            TxName.SET_DEAL_STRUCTURE,
            TxName.OPEN_SUBSCRIPTION,
            TxName.SUBSCRIBE,
            TxName.CLOSE_SUBSCRIPTION,
            TxName.RESIZE_TRANCHE,
            TxName.ISSUE_DEAL,
            TxName.CANCEL_DEAL,
            TxName.RUN_PAYMENT_DATE,
            TxName.GET_DEAL,
            TxName.GET_INVESTOR_PORTFOLIO,
            TxName.GET_TRANCHE_ASSETS,
            TxName.CHECK_POOL_ELIGIBILITY})
    void no_generated_input_breaks_the_rules_of(String transaction) {
        FuzzRunner.fuzz(transaction);
    }
}
