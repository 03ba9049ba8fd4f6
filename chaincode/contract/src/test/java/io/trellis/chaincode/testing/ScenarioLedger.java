package io.trellis.chaincode.testing;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a scenario's transactions run: the in-memory peer for the contract tests, or a real Fabric network
 * for the end-to-end tests, so one story is told once and checked on both.
 */
public interface ScenarioLedger {

    /** The certificate id party {@code partyId} of {@code org} signs with, made (issued) on first use. */
    String certificateIdOf(String partyId, Org org);

    /** Runs a transaction as {@code org}'s operator. */
    ChaincodeHarness.Result submitAsOperator(Org org, String transaction, Object argument);

    /**
     * Runs a transaction as party {@code partyId} of {@code org}: JSON of {@code argument}, or the string itself;
     * look-ups ({@code Get…}, {@code List…}) are answered without committing anything.
     */
    ChaincodeHarness.Result submit(String partyId, Org org, String transaction, Object argument,
            Map<String, byte[]> transientData);

    /** The instant the next transactions carry: it decides their business date. */
    void setClock(Instant time);

    /** The domain events of the last committed transaction. */
    List<DomainEvent> lastEvents();
}
