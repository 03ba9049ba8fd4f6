package io.trellis.ledger.wiring;

import io.trellis.chaincode.api.Org;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerUnavailableException;
import io.trellis.ledger.identity.EncryptedFileWallet;
import io.trellis.ledger.identity.OrganisationCa;
import io.trellis.ledger.identity.PartyWallet;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parties' own Fabric identities, per hosting organisation: issued by the organisation's CA and kept in
 * its wallet. A party is issued an identity once; asking again returns the same one, so a registration
 * retried after a failure binds the identity already kept.
 */
@ApplicationScoped
public class PartyIdentities {
    private final FabricConfig config;
    private final WalletKey walletKey;
    private final Map<Org, PartyWallet> wallets = new ConcurrentHashMap<>();

    public PartyIdentities(FabricConfig config) {
        this.config = config;
        this.walletKey = new WalletKey(config.wallet());
    }

    public Optional<FabricIdentity> find(String partyId, Org org) {
        return wallet(org).find(partyId);
    }

    /** The party's identity, issued now by the organisation's CA if it has none yet. */
    public synchronized FabricIdentity issueOrReuse(String partyId, Org org) {
        PartyWallet wallet = wallet(org);
        return wallet.find(partyId).orElseGet(() -> {
            FabricIdentity issued = ca(org).issue(partyId);
            wallet.put(partyId, issued);
            return issued;
        });
    }

    private PartyWallet wallet(Org org) {
        return wallets.computeIfAbsent(org, o -> new EncryptedFileWallet(config.wallet().directory(), o.mspId(), walletKey.bytes()));
    }

    private OrganisationCa ca(Org org) {
        FabricConfig.Ca ca = config.cas().get(org.mspId());
        if (ca == null || !Files.isRegularFile(ca.certificate()) || !Files.isRegularFile(ca.privateKey())) {
            throw new LedgerUnavailableException("no certificate authority for " + org.mspId()
                    + " (is the network set up?)", null);
        }
        FabricIdentity authority = FabricIdentity.fromPemFiles(org.mspId(), ca.certificate(), ca.privateKey());
        return new OrganisationCa(org.mspId(), authority.certificate(), authority.privateKey(), Clock.systemUTC());
    }

    /** Path used for the generated key of a local stack; exposed for the operations docs and tests. */
    static Path keyFile(Path walletDirectory) {
        return walletDirectory.resolve("wallet.key");
    }
}
