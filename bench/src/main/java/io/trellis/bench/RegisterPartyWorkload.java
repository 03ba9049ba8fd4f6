package io.trellis.bench;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import java.util.List;

/**
 * A party registration by the platform operator, bound to a certificate id as scf-service binds the one the
 * org CA issues (two keys read, two written, one event). The certificate id is spelt as the CA would issue it;
 * making real certificates would measure the load client's key generation, and the chaincode checks only the
 * id. Ids encode (run tag, client, sequence); the runner never repeats a sequence within a run, warm-up
 * included, so ids never collide.
 */
public final class RegisterPartyWorkload implements LedgerWorkload {
    private final FabricIdentity operator;
    private final String issuer;
    private final String runTag;

    /**
     * @param issuer the org CA's name as certificate ids spell it (the part after the last {@code ::})
     * @param runTag five characters of the credit-code alphabet distinguishing this run from earlier ones
     */
    public RegisterPartyWorkload(FabricIdentity operator, String issuer, String runTag) {
        BenchIds.partyId('9', runTag, 0, 0);
        this.operator = operator;
        this.issuer = issuer;
        this.runTag = runTag;
    }

    /** The issuer part of {@code id}, a certificate id {@code x509::<subject>::<issuer>}. */
    static String issuerOf(String certificateId) {
        return certificateId.substring(certificateId.lastIndexOf("::") + 2);
    }

    @Override
    public String name() {
        return "register-party";
    }

    @Override
    public LedgerCall next(int client, long sequence) {
        String id = partyId(client, sequence);
        return LedgerCall.json(operator, TxName.REGISTER_PARTY, new RegisterPartyRequest(id, "Bench supplier " + id,
                List.of(PartyRole.SUPPLIER), Org.PLATFORM, "x509::CN=" + id + ", OU=client, C=CN::" + issuer));
    }

    String partyId(int client, long sequence) {
        return BenchIds.partyId('9', runTag, client, sequence);
    }
}
