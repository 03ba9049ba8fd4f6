package io.trellis.ledger.wiring;

import io.trellis.chaincode.api.Org;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerUnavailableException;
import io.trellis.ledger.identity.CaEnrolment;
import io.trellis.ledger.identity.EncryptedFileWallet;
import io.trellis.ledger.identity.EnrollmentSecrets;
import io.trellis.ledger.identity.FabricCaClient;
import io.trellis.ledger.identity.OrganisationNotHostedException;
import io.trellis.ledger.identity.PartyCertificateIssuer;
import io.trellis.ledger.identity.PartyWallet;
import io.trellis.ledger.identity.Registrar;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parties' own Fabric identities, for the organisations this service is configured for (an entry under
 * {@code trellis.fabric.cas} with its registrar's secret) and no other: enrolled at the organisation's own Fabric CA
 * with its registrar and kept in its sealed wallet. The defaults file names every organisation's CA for the local
 * stack; a deployment gives the registrar secret of its own organisation only, so it hosts that one alone. A party is issued an identity once; asking again returns the same one, so a
 * registration retried after a failure binds the identity already kept.
 */
@ApplicationScoped
public class PartyIdentities {
    private final FabricConfig config;
    private final WalletKey walletKey;
    private final Map<Org, PartyWallet> wallets = new ConcurrentHashMap<>();
    private final Map<Org, PartyCertificateIssuer> issuers = new ConcurrentHashMap<>();

    public PartyIdentities(FabricConfig config) {
        this.config = config;
        this.walletKey = new WalletKey(config.wallet());
    }

    /** Whether this service acts for {@code org}'s parties: it holds the registrar secret of the org's CA. */
    public boolean hosts(Org org) {
        FabricConfig.Ca ca = config.cas().get(org.mspId());
        return ca != null && ca.registrarSecret().filter(secret -> !secret.isBlank()).isPresent();
    }

    /** The party's identity; empty when it has none here, or {@code org} is not an organisation this service hosts. */
    public Optional<FabricIdentity> find(String partyId, Org org) {
        return hosts(org) ? wallet(org).find(partyId) : Optional.empty();
    }

    /**
     * The party's identity, enrolled now at the organisation's CA if it has none yet.
     *
     * @throws OrganisationNotHostedException when this service is not configured for {@code org}
     */
    public synchronized FabricIdentity issueOrReuse(String partyId, Org org) {
        if (!hosts(org)) {
            throw new OrganisationNotHostedException(org.mspId());
        }
        PartyWallet wallet = wallet(org);
        return wallet.find(partyId).orElseGet(() -> {
            FabricIdentity issued = issuer(org).issue(partyId);
            wallet.put(partyId, issued);
            return issued;
        });
    }

    private PartyWallet wallet(Org org) {
        return wallets.computeIfAbsent(org, o -> new EncryptedFileWallet(config.wallet().directory(), o.mspId(), walletKey.bytes()));
    }

    private PartyCertificateIssuer issuer(Org org) {
        return issuers.computeIfAbsent(org, o -> {
            FabricConfig.Ca ca = config.cas().get(o.mspId());
            String secret = ca.registrarSecret().orElseThrow();
            if (!Files.isRegularFile(ca.tlsRootCertificate())) {
                throw new LedgerUnavailableException("no TLS root certificate for the Fabric CA of " + o.mspId()
                        + " at " + ca.tlsRootCertificate() + " (is the network set up?)", null);
            }
            FabricCaClient client = new FabricCaClient(ca.url(), ca.tlsRootCertificate());
            return new CaEnrolment(o.mspId(), client, new Registrar(o.mspId(), client, ca.registrarId(), secret),
                    new EnrollmentSecrets(walletKey.bytes(), o.mspId()));
        });
    }

    /** Path used for the generated key of a local stack; exposed for the operations docs and tests. */
    static Path keyFile(Path walletDirectory) {
        return walletDirectory.resolve("wallet.key");
    }
}
