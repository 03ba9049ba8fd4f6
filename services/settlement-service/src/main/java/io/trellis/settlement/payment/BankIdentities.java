package io.trellis.settlement.payment;

import io.trellis.chaincode.api.Org;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.wiring.PartyIdentities;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The settlement identities this service signs with: each bank party's own Fabric identity, kept in the wallet
 * of the organisations the service is configured for. A bank it holds no identity for is not served here.
 */
@ApplicationScoped
public class BankIdentities {
    private final PartyIdentities identities;
    private final List<Org> orgs;

    BankIdentities(PartyIdentities identities, Served served) {
        this.identities = identities;
        this.orgs = served.orgs().stream()
                .map(msp -> Org.ofMspId(msp).orElseThrow(() -> new IllegalArgumentException("unknown MSP " + msp)))
                .toList();
    }

    public Optional<FabricIdentity> of(String bankId) {
        return orgs.stream().map(org -> identities.find(bankId, org)).flatMap(Optional::stream).findFirst();
    }

    /** The organisations whose banks this service settles for. */
    @ConfigMapping(prefix = "trellis.settlement")
    public interface Served {
        List<String> orgs();
    }
}
