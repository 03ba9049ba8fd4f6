package io.trellis.chaincode.core;

import io.trellis.chaincode.api.BusinessDate;
import io.trellis.chaincode.api.event.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Everything one transaction may use: its caller, its timestamp (the only clock chaincode may read:
 * every endorser sees the same one), world state, and the domain events it emits.
 */
public final class TxContext {
    private final ChaincodeStub stub;
    private final Caller caller;
    private final StateStore state;
    private final List<DomainEvent> events = new ArrayList<>();

    public TxContext(ChaincodeStub stub, Caller caller) {
        this.stub = stub;
        this.caller = caller;
        this.state = new StateStore(stub);
    }

    public Caller caller() {
        return caller;
    }

    public StateStore state() {
        return state;
    }

    public String txId() {
        return stub.getTxId();
    }

    public Instant timestamp() {
        return stub.getTxTimestamp();
    }

    /** The platform's business date of this transaction, from its timestamp: see {@link BusinessDate}. */
    public LocalDate businessDate() {
        return BusinessDate.of(stub.getTxTimestamp());
    }

    /** A transient-data entry: passed to endorsers, never written to the block. */
    public Optional<byte[]> transientValue(String key) {
        byte[] value = stub.getTransient() == null ? null : stub.getTransient().get(key);
        return value == null || value.length == 0 ? Optional.empty() : Optional.of(value);
    }

    public void emit(DomainEvent event) {
        events.add(event);
    }

    List<DomainEvent> events() {
        return List.copyOf(events);
    }
}
