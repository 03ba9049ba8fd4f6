package io.trellis.ledger;

import io.grpc.Status.Code;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.jboss.logging.Logger;

/**
 * {@link LedgerClient} over the Fabric Gateway. A submission endorses, hands the transaction to the
 * orderer and waits for its commit status; a read conflict starts over with a new transaction, bounded
 * by the {@link RetryPolicy}. A commit status that times out is asked again for the same transaction id
 * before anything is resubmitted, so a slow commit is never doubled.
 */
public final class GatewayLedgerClient implements LedgerClient {
    private static final Logger LOG = Logger.getLogger(GatewayLedgerClient.class);
    /** gRPC codes that mean the peer was not reached or did not answer, as opposed to a refusal. */
    private static final Set<Code> UNREACHABLE = Set.of(Code.UNAVAILABLE, Code.DEADLINE_EXCEEDED, Code.CANCELLED);

    private final ContractSource contracts;
    private final RetryPolicy retries;
    private final int statusChecks;
    private final Sleeper sleeper;
    /** Spreads this client's concurrent transactions over the slots of a hot limit (TxName.TRANSIENT_SLOT). */
    private final AtomicInteger nextSlot = new AtomicInteger();

    /** Pauses between attempts; a seam so that tests do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public GatewayLedgerClient(ContractSource contracts, RetryPolicy retries) {
        this(contracts, retries, 3, duration -> Thread.sleep(duration));
    }

    GatewayLedgerClient(ContractSource contracts, RetryPolicy retries, int statusChecks, Sleeper sleeper) {
        this.contracts = contracts;
        this.retries = retries;
        this.statusChecks = statusChecks;
        this.sleeper = sleeper;
    }

    @Override
    public <T> Committed<T> submit(LedgerCall call, Class<T> resultType) {
        for (int attempt = 1; ; attempt++) {
            Transaction transaction = endorse(withSlotHint(call), attempt < retries.maxAttempts());
            if (transaction == null) {
                pause(retries.backoffBefore(attempt + 1));
                continue;
            }
            SubmittedTransaction submitted = send(transaction);
            Status status = awaitCommit(submitted);
            if (status.isSuccessful()) {
                LOG.debugf("tx=%s fn=%s committed in block %d after %d attempt(s)", status.getTransactionId(),
                        call.transaction(), status.getBlockNumber(), attempt);
                return new Committed<>(decode(submitted.getResult(), resultType), status.getTransactionId(),
                        status.getBlockNumber(), attempt);
            }
            if (!retries.isRetryable(status.getCode())) {
                throw new LedgerInvalidTransactionException(status.getTransactionId(), status.getCode().name());
            }
            if (attempt >= retries.maxAttempts()) {
                throw new LedgerConflictException(call.transaction(), attempt);
            }
            LOG.debugf("tx=%s fn=%s %s, retrying", status.getTransactionId(), call.transaction(), status.getCode());
            pause(retries.backoffBefore(attempt + 1));
        }
    }

    @Override
    public <T> T evaluate(LedgerCall call, Class<T> resultType) {
        try {
            return decode(proposal(call).evaluate(), resultType);
        } catch (GatewayException e) {
            throw translate(e, call);
        }
    }

    /**
     * Each submission of this client names the next slot, so up to as many concurrent uses of one limit as it
     * has slots start on different slots instead of colliding by chance; a retry moves on to another slot.
     */
    private LedgerCall withSlotHint(LedgerCall call) {
        return call.withTransient(TxName.TRANSIENT_SLOT,
                Integer.toString(nextSlot.getAndIncrement() & Integer.MAX_VALUE).getBytes(StandardCharsets.US_ASCII));
    }

    private Proposal proposal(LedgerCall call) {
        return contracts.contractFor(call.identity())
                .newProposal(call.transaction())
                .addArguments(call.arguments())
                .putAllTransient(call.transientData())
                .build();
    }

    /**
     * Endorses {@code call}; null when the endorsement failed in a way a new transaction may not (and
     * {@code mayRetry}): peers that simulated at different heights and disagree (ABORTED without a chaincode
     * error), or no peer set reachable for the policy yet (UNAVAILABLE, e.g. discovery still converging).
     * Nothing reached the orderer in either case.
     */
    private Transaction endorse(LedgerCall call, boolean mayRetry) {
        try {
            return proposal(call).endorse();
        } catch (EndorseException e) {
            LedgerException failure = translate(e, call);
            Code code = e.getStatus().getCode();
            boolean transientFailure = !(failure instanceof LedgerRejectedException)
                    && (code == Code.ABORTED || code == Code.UNAVAILABLE);
            if (failure instanceof LedgerRejectedException && mayRetry && refusedOnlyElsewhere(e, call)) {
                LOG.debugf("tx=%s fn=%s refused by another organisation's peer only (%s): asking again",
                        e.getTransactionId(), call.transaction(), failure.code());
                return null;
            }
            if (transientFailure && mayRetry) {
                LOG.debugf("tx=%s fn=%s endorsement %s, retrying as a new transaction", e.getTransactionId(),
                        call.transaction(), code);
                return null;
            }
            // Peers that disagreed on every attempt: a conflict, like read conflicts on every attempt.
            throw transientFailure && code == Code.ABORTED
                    ? new LedgerConflictException(call.transaction(), retries.maxAttempts())
                    : failure;
        }
    }

    /**
     * The caller's own organisation's peer has every transaction this client saw committed (the Gateway reports
     * commits from it); another organisation's endorsing peer may still be a block behind and refuse on state it
     * has not caught up with, e.g. an invoice confirmed a moment ago. Such a refusal is asked again; one that the
     * caller's own peer gives is final.
     */
    private static boolean refusedOnlyElsewhere(EndorseException e, LedgerCall call) {
        return !e.getDetails().isEmpty()
                && e.getDetails().stream().noneMatch(detail -> detail.getMspId().equals(call.identity().mspId()));
    }

    private static SubmittedTransaction send(Transaction transaction) {
        try {
            return transaction.submitAsync();
        } catch (SubmitException e) {
            // Refused before ordering (peer unreachable): nothing was sent. Anything else: it may have been.
            if (e.getStatus().getCode() == Code.UNAVAILABLE) {
                throw new LedgerUnavailableException("the gateway peer could not be reached to submit", e);
            }
            throw new LedgerOutcomeUnknownException(transaction.getTransactionId(), e);
        }
    }

    private Status awaitCommit(SubmittedTransaction submitted) {
        CommitStatusException last = null;
        for (int check = 1; check <= statusChecks; check++) {
            try {
                return submitted.getStatus();
            } catch (CommitStatusException e) {
                last = e;
                LOG.debugf("tx=%s commit status not known yet (%s), asking again", submitted.getTransactionId(),
                        e.getStatus().getCode());
            }
        }
        throw new LedgerOutcomeUnknownException(submitted.getTransactionId(), last);
    }

    private static LedgerException translate(GatewayException e, LedgerCall call) {
        Code code = e.getStatus().getCode();
        return ChaincodeErrors.find(e).or(() -> PeerRefusals.find(e))
                .<LedgerException>map(error -> new LedgerRejectedException(error, e))
                .orElseGet(() -> new LedgerUnavailableException(call.transaction() + ": "
                        + (UNREACHABLE.contains(code) ? "the ledger did not answer" : "the gateway refused the request")
                        + " (" + code + ")", e));
    }

    private static <T> T decode(byte[] payload, Class<T> type) {
        if (type == byte[].class) {
            return type.cast(payload == null ? new byte[0] : payload);
        }
        if (type == Void.class || payload == null || payload.length == 0) {
            return null;
        }
        return JsonCodec.fromJson(payload, type);
    }

    private void pause(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while waiting to retry", e);
        }
    }
}
