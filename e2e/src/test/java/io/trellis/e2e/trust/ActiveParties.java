package io.trellis.e2e.trust;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.testing.ids.FreshPartyIds;
import java.util.List;
import java.util.Map;

/** Parties registered the way scf-service registers them: an identity from the org's own CA, bound, KYC approved. */
final class ActiveParties {
    private final TestNetwork network;
    private final LedgerClient ledger;

    ActiveParties(TestNetwork network) {
        this.network = network;
        this.ledger = network.ledger();
    }

    record Registered(String id, FabricIdentity identity) {
    }

    /** A KYC-approved supplier of the platform (which registers its parties without an admission). */
    Registered supplier(String name) {
        String id = FreshPartyIds.next();
        FabricIdentity operator = network.operator(Org.PLATFORM);
        FabricIdentity identity = network.issueIdentity(id, Org.PLATFORM);
        ledger.submit(LedgerCall.json(operator, TxName.REGISTER_PARTY, new RegisterPartyRequest(id, name,
                List.of(PartyRole.SUPPLIER), Org.PLATFORM, CertificateIds.of(identity.certificate()))), Party.class);
        ledger.submit(LedgerCall.json(operator, TxName.REVIEW_KYC, new ReviewKycRequest(id, KycStatus.APPROVED)), Party.class);
        return new Registered(id, identity);
    }

    /** A read the chaincode answers only to the party itself (or an operator): the caller must be {@code partyId}. */
    static LedgerCall readOwnParty(FabricIdentity caller, String partyId) {
        return new LedgerCall(caller, TxName.GET_PARTY, partyId, Map.of());
    }
}
