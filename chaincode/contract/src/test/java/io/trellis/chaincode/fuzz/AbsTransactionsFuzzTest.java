package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.api.TxName;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Every ABS transaction (pools, due diligence, the offering, payment dates, the deal queries) driven with
 * {@link #TRIES} generated
 * inputs each (see {@link TransactionFuzzer} for what no input may break). Shrinking is off: the worlds are
 * stateful, so a failure reports the exact call instead.
 */
class AbsTransactionsFuzzTest extends TransactionFuzzSuite {

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void createPool(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.CREATE_POOL, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void addPoolAssets(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.ADD_POOL_ASSETS, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void removePoolAssets(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.REMOVE_POOL_ASSETS, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void recordAttestation(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.RECORD_ATTESTATION, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void recordRating(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.RECORD_RATING, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void setDealStructure(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.SET_DEAL_STRUCTURE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void openSubscription(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.OPEN_SUBSCRIPTION, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void subscribe(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.SUBSCRIBE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void closeSubscription(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.CLOSE_SUBSCRIPTION, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void resizeTranche(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.RESIZE_TRANCHE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void issueDeal(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.ISSUE_DEAL, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void cancelDeal(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.CANCEL_DEAL, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void runPaymentDate(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.RUN_PAYMENT_DATE, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getDeal(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_DEAL, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getInvestorPortfolio(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_INVESTOR_PORTFOLIO, input);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void getTrancheAssets(@ForAll("inputs") FuzzInput input) {
        fuzz(TxName.GET_TRANCHE_ASSETS, input);
    }
}
