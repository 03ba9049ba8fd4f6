package io.trellis.ledger;

/**
 * The only way services talk to the chaincode. Implementations sign as the call's identity, retry read
 * conflicts with a new transaction, and report every failure as a {@link LedgerException} carrying a
 * stable code.
 */
public interface LedgerClient {

    /**
     * Endorses, orders and waits for the commit of {@code call}.
     *
     * @return the decoded result with the transaction id and block number
     * @throws LedgerRejectedException          the chaincode refused it (nothing written)
     * @throws LedgerConflictException          read conflicts on every attempt (nothing written)
     * @throws LedgerUnavailableException       the network could not be reached (nothing written)
     * @throws LedgerOutcomeUnknownException    sent, but the commit is not confirmed: check by transaction id
     * @throws LedgerInvalidTransactionException committed as invalid for another reason (nothing written)
     */
    <T> Committed<T> submit(LedgerCall call, Class<T> resultType);

    /**
     * Runs {@code call} on a peer without ordering it: a read of current state.
     *
     * @throws LedgerRejectedException    the chaincode refused it
     * @throws LedgerUnavailableException the network could not be reached
     */
    <T> T evaluate(LedgerCall call, Class<T> resultType);
}
