package io.trellis.bench;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import java.util.List;

/**
 * A party registration by the platform operator (two keys written, one read). Ids encode (run tag, client,
 * sequence); the runner never repeats a sequence within a run, warm-up included, so ids never collide.
 */
public final class RegisterPartyWorkload implements Workload {
    private final FabricIdentity operator;
    private final String runTag;

    /**
     * @param runTag five characters of the credit-code alphabet distinguishing this run from earlier ones
     */
    public RegisterPartyWorkload(FabricIdentity operator, String runTag) {
        BenchIds.partyId('9', runTag, 0, 0);
        this.operator = operator;
        this.runTag = runTag;
    }

    @Override
    public String name() {
        return "register-party";
    }

    @Override
    public LedgerCall next(int client, long sequence) {
        String id = partyId(client, sequence);
        return LedgerCall.json(operator, TxName.REGISTER_PARTY,
                new RegisterPartyRequest(id, "Bench supplier " + id, List.of(PartyRole.SUPPLIER), Org.PLATFORM, null));
    }

    String partyId(int client, long sequence) {
        return BenchIds.partyId('9', runTag, client, sequence);
    }
}
