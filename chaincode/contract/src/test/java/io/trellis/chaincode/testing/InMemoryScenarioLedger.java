package io.trellis.chaincode.testing;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.chaincode.core.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@link ScenarioLedger} over the in-memory peer; party certificates are plain ids, as the harness needs no keys. */
public final class InMemoryScenarioLedger implements ScenarioLedger {
    private final ChaincodeHarness chain = new ChaincodeHarness();

    public ChaincodeHarness harness() {
        return chain;
    }

    /** The caller the in-memory peer sees for a party. */
    public static Caller callerOf(String partyId, Org org) {
        return new Caller(org.mspId(), certificateOf(partyId), false);
    }

    static String certificateOf(String partyId) {
        return "x509::CN=" + partyId + "::CN=ca";
    }

    @Override
    public String certificateIdOf(String partyId, Org org) {
        return certificateOf(partyId);
    }

    @Override
    public ChaincodeHarness.Result submitAsOperator(Org org, String transaction, Object argument) {
        Caller operator = switch (org) {
            case PLATFORM -> Callers.PLATFORM_OPERATOR;
            case BANK -> Callers.BANK_OPERATOR;
            case SECURITIES -> Callers.SECURITIES_OPERATOR;
        };
        return chain.submit(operator, transaction, argument);
    }

    @Override
    public ChaincodeHarness.Result submit(String partyId, Org org, String transaction, Object argument,
            Map<String, byte[]> transientData) {
        return chain.submit(callerOf(partyId, org), transaction, argument, transientData);
    }

    @Override
    public void setClock(Instant time) {
        chain.ledger().setClock(time);
    }

    @Override
    public List<DomainEvent> lastEvents() {
        var events = chain.ledger().events();
        return JsonCodec.fromJson(events.get(events.size() - 1).payload(), EventBatch.class).events();
    }
}
