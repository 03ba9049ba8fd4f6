package io.trellis.chaincode.testing;

import io.trellis.chaincode.TrellisChaincode;
import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.core.ProposalClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.Chaincode.Response;

/**
 * Runs the real chaincode over an {@link InMemoryLedger}: each call is one transaction, committed only
 * when the chaincode answers with success, as a peer would.
 */
public final class ChaincodeHarness {
    /** The chaincode's default tolerance: as ChaincodeServerMain runs it. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final TrellisChaincode chaincode;
    private Peer peer = Peer.OF_EVERY_COLLECTION;

    /** An endorser whose clock reads what the ledger's next proposals carry: every proposal is honest. */
    public ChaincodeHarness() {
        this.chaincode = chaincodeWith(new LedgerClock(ledger));
    }

    /** An endorser with a clock of its own, for tests of proposals stamped away from it. */
    public ChaincodeHarness(Clock endorserClock) {
        this.chaincode = chaincodeWith(endorserClock);
    }

    private static TrellisChaincode chaincodeWith(Clock endorserClock) {
        return new TrellisChaincode(stub -> ((InMemoryStub) stub).caller(), new ProposalClock(endorserClock, TOLERANCE));
    }

    /** Reads the time the ledger stamps its next transactions with, as a synchronised endorser would. */
    private static final class LedgerClock extends Clock {
        private final InMemoryLedger ledger;

        LedgerClock(InMemoryLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public Instant instant() {
            return ledger.clock();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the ledger's clock has no zone");
        }
    }

    public InMemoryLedger ledger() {
        return ledger;
    }

    /** Runs the next transactions on {@code peer}, as a gateway would send them to a peer of another org. */
    public void setPeer(Peer peer) {
        this.peer = peer;
    }

    /** Submits a transaction as {@code caller}. */
    public Result submit(Caller caller, String transaction, Object argument) {
        return submit(caller, transaction, argument, Map.of());
    }

    public Result submit(Caller caller, String transaction, Object argument, Map<String, byte[]> transientData) {
        List<String> args = new ArrayList<>();
        args.add(transaction);
        if (argument != null) {
            args.add(argument instanceof String s ? s : JsonCodec.toJson(argument));
        }
        InMemoryStub stub = new InMemoryStub(ledger, peer, caller, args, transientData);
        Response response = chaincode.invoke(stub);
        if (response.getStatus() == Response.Status.SUCCESS) {
            ledger.commit(stub);
        }
        return new Result(response);
    }

    /** A transaction's outcome. */
    public record Result(Response response) {

        public boolean ok() {
            return response.getStatus() == Response.Status.SUCCESS;
        }

        public <T> T as(Class<T> type) {
            if (!ok()) {
                throw new AssertionError("transaction failed: " + response.getMessage());
            }
            return JsonCodec.fromJson(response.getPayload(), type);
        }

        public <T> T as(TypeReference<T> type) {
            if (!ok()) {
                throw new AssertionError("transaction failed: " + response.getMessage());
            }
            return JsonCodec.fromJson(new String(response.getPayload(), StandardCharsets.UTF_8), type);
        }

        public ErrorCode code() {
            return error().code();
        }

        public ChaincodeError error() {
            if (ok()) {
                throw new AssertionError("transaction succeeded: " + new String(response.getPayload(), StandardCharsets.UTF_8));
            }
            return JsonCodec.fromJson(response.getMessage(), ChaincodeError.class);
        }
    }
}
