package io.trellis.abs.support;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.PartyIdentities;
import io.trellis.testing.parties.Onboarding.Member;
import java.util.Map;

/**
 * What the ledger itself says, asked by the test as a party (its identity from the stack's wallet), past the code
 * under test: how a refusal is shown to have changed nothing.
 */
public final class OnLedger {
    private final LedgerClient ledger;
    private final PartyIdentities identities;

    public OnLedger(LedgerClient ledger, PartyIdentities identities) {
        this.ledger = ledger;
        this.identities = identities;
    }

    public <T> T evaluate(Member reader, String transaction, Object argument, Class<T> type) {
        String encoded = argument instanceof String text ? text : JsonCodec.toJson(argument);
        return ledger.evaluate(new LedgerCall(identity(reader), transaction, encoded, Map.of()), type);
    }

    /** The deal whole, as its manager reads it. */
    public DealView deal(Member manager, String poolId) {
        return evaluate(manager, TxName.GET_DEAL, poolId, DealView.class);
    }

    private FabricIdentity identity(Member member) {
        return identities.find(member.id(), member.org())
                .orElseThrow(() -> new IllegalStateException("no identity of " + member.id() + " in the wallet"));
    }
}
