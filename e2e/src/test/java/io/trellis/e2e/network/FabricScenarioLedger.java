package io.trellis.e2e.network;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScenarioLedger;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicReference;
import org.hyperledger.fabric.shim.Chaincode.Response;

/**
 * {@link ScenarioLedger} on the real network: every party gets its own certificate from its organisation's
 * CA, every write is endorsed by the peers and committed, look-ups are evaluated. The scenario's clock moves
 * the whole test stack's clock (the offset file the services and the chaincode server read): the peers refuse
 * a proposal stamped far from their own time, so a story dated in the past moves their time with it. A
 * chaincode refusal comes back as the same failed result the in-memory peer gives, so the stories assert the
 * same codes. {@link #backToRealTime()} ends the shift.
 */
public final class FabricScenarioLedger implements ScenarioLedger {
    private final TestNetwork network;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final LedgerClient ledger;
    private final Map<String, FabricIdentity> parties = new ConcurrentHashMap<>();
    /** Every transaction this ledger committed, in commit order, with when this test saw it committed. */
    private final List<Commit> committed = new CopyOnWriteArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();

    private record Commit(String transactionId, long block, FabricIdentity signer, Instant seenAt) {
    }

    public FabricScenarioLedger(TestNetwork network) {
        this.network = network;
        this.ledger = network.ledgerAt(() -> Instant.now().plus(offset.get()));
    }

    /** The identity party {@code partyId} signs with; it must have been made by {@link #certificateIdOf}. */
    public FabricIdentity identityOf(String partyId) {
        FabricIdentity identity = parties.get(partyId);
        if (identity == null) {
            throw new IllegalStateException("party " + partyId + " has no identity: register it first");
        }
        return identity;
    }

    /** Every transaction this ledger committed, in the order they committed. */
    public List<String> committedTransactions() {
        return committed.stream().map(Commit::transactionId).toList();
    }

    /** When this test saw each transaction committed (the client's commit status), by transaction id. */
    public Map<String, Instant> commitTimes() {
        return committed.stream().collect(Collectors.toMap(Commit::transactionId, Commit::seenAt));
    }

    /** Read conflicts the ledger client retried (new transactions); none of them reached the scenario. */
    public int retriedConflicts() {
        return retries.get();
    }

    @Override
    public String certificateIdOf(String partyId, Org org) {
        return CertificateIds.of(parties.computeIfAbsent(partyId, id -> network.issueIdentity(id, org)).certificate());
    }

    @Override
    public ChaincodeHarness.Result submitAsOperator(Org org, String transaction, Object argument) {
        return run(network.operator(org), transaction, argument, Map.of());
    }

    @Override
    public ChaincodeHarness.Result submit(String partyId, Org org, String transaction, Object argument,
            Map<String, byte[]> transientData) {
        return run(identityOf(partyId), transaction, argument, transientData);
    }

    @Override
    public void setClock(Instant time) {
        Duration shift = Duration.between(Instant.now(), time);
        offset.set(shift);
        StackControl.shiftServiceClock(shift);
    }

    /** Ends the shift of {@link #setClock}: the stack, services and chaincode server, runs on real time again. */
    public void backToRealTime() {
        offset.set(Duration.ZERO);
        StackControl.shiftServiceClock(Duration.ZERO);
    }

    @Override
    public List<DomainEvent> lastEvents() {
        if (committed.isEmpty()) {
            throw new IllegalStateException("nothing committed yet");
        }
        Commit commit = committed.get(committed.size() - 1);
        return network.eventsOf(commit.transactionId(), commit.block(), commit.signer());
    }

    private ChaincodeHarness.Result run(FabricIdentity signer, String transaction, Object argument,
            Map<String, byte[]> transientData) {
        String encoded = argument == null ? null : argument instanceof String s ? s : JsonCodec.toJson(argument);
        LedgerCall call = new LedgerCall(signer, transaction, encoded, transientData);
        try {
            byte[] payload;
            if (isLookUp(transaction)) {
                payload = ledger.evaluate(call, byte[].class);
            } else {
                Committed<byte[]> committed = ledger.submit(call, byte[].class);
                this.committed.add(new Commit(committed.transactionId(), committed.blockNumber(), signer, Instant.now()));
                retries.addAndGet(committed.attempts() - 1);
                payload = committed.result();
            }
            return new ChaincodeHarness.Result(new Response(Response.Status.SUCCESS, null, payload));
        } catch (LedgerRejectedException e) {
            String error = JsonCodec.toJson(e.toError());
            return new ChaincodeHarness.Result(new Response(Response.Status.INTERNAL_SERVER_ERROR, error,
                    error.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static boolean isLookUp(String transaction) {
        return transaction.startsWith("Get") || transaction.startsWith("List");
    }
}
