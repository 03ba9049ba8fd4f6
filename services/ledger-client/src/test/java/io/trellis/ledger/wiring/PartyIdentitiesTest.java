package io.trellis.ledger.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Org;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerUnavailableException;
import io.trellis.ledger.identity.EncryptedFileWallet;
import io.trellis.ledger.identity.OrganisationNotHostedException;
import io.trellis.ledger.identity.TestCa;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.client.identity.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyIdentitiesTest {
    private static final String PARTY = "91310000MA1K00002C";

    @TempDir
    Path dir;
    private TestCa platformCa;
    private Path tlsRoot;

    @BeforeEach
    void platformCa() throws Exception {
        platformCa = TestCa.create("ca.platform.trellis.local");
        tlsRoot = Files.writeString(dir.resolve("tlsca.pem"), Identities.toPemString(platformCa.certificate()));
    }

    /** Platform's CA only, at an address nothing listens on: any call to it would fail. */
    private FabricConfig platformOnly(Optional<String> registrarSecret) {
        return config(Map.of("PlatformMSP", ca(registrarSecret)), dir.resolve("wallet"));
    }

    private FabricConfig.Ca ca(Optional<String> registrarSecret) {
        return new FabricConfig.Ca() {
            @Override
            public URI url() {
                return URI.create("https://127.0.0.1:1");
            }

            @Override
            public Path tlsRootCertificate() {
                return tlsRoot;
            }

            @Override
            public String registrarId() {
                return "registrar";
            }

            @Override
            public Optional<String> registrarSecret() {
                return registrarSecret;
            }
        };
    }

    private EncryptedFileWallet walletOf(String mspId) throws Exception {
        byte[] key = Base64.getDecoder().decode(Files.readString(PartyIdentities.keyFile(dir.resolve("wallet"))).strip());
        return new EncryptedFileWallet(dir.resolve("wallet"), mspId, key);
    }

    @Test
    void an_identity_kept_in_the_wallet_is_reused_without_asking_the_ca() throws Exception {
        FabricConfig config = platformOnly(Optional.of("secret"));
        assertThat(new PartyIdentities(config).find(PARTY, Org.PLATFORM)).isEmpty();
        FabricIdentity kept = platformCa.issue("PlatformMSP", PARTY);
        walletOf("PlatformMSP").put(PARTY, kept);

        FabricIdentity again = new PartyIdentities(config).issueOrReuse(PARTY, Org.PLATFORM);

        assertThat(again.certificate()).isEqualTo(kept.certificate());
        assertThat(again.privateKey().getEncoded()).isEqualTo(kept.privateKey().getEncoded());
        assertThat(new PartyIdentities(config).find("91310000MA1K00003F", Org.PLATFORM)).isEmpty();
    }

    @Test
    void an_organisation_not_configured_is_not_hosted_its_parties_are_neither_found_nor_issued() throws Exception {
        FabricConfig config = platformOnly(Optional.of("secret"));
        PartyIdentities identities = new PartyIdentities(config);
        identities.find(PARTY, Org.PLATFORM);
        walletOf("BankMSP").put("91310000MA1K00004J", platformCa.issue("BankMSP", "91310000MA1K00004J"));

        assertThat(identities.hosts(Org.BANK)).isFalse();
        assertThat(identities.find("91310000MA1K00004J", Org.BANK)).isEmpty();
        assertThatThrownBy(() -> identities.issueOrReuse("91310000MA1K00004J", Org.BANK))
                .isInstanceOf(OrganisationNotHostedException.class)
                .hasMessageContaining("not configured for BankMSP");
    }

    @Test
    void a_ca_named_without_its_registrar_secret_is_not_hosted_as_another_orgs_deployment_sees_the_defaults() throws Exception {
        PartyIdentities identities = new PartyIdentities(platformOnly(Optional.empty()));
        new PartyIdentities(platformOnly(Optional.of("secret"))).find(PARTY, Org.PLATFORM);
        walletOf("PlatformMSP").put(PARTY, platformCa.issue("PlatformMSP", PARTY));

        assertThat(identities.hosts(Org.PLATFORM)).isFalse();
        assertThat(identities.find(PARTY, Org.PLATFORM)).isEmpty();
        assertThatThrownBy(() -> identities.issueOrReuse(PARTY, Org.PLATFORM))
                .isInstanceOf(OrganisationNotHostedException.class)
                .hasMessageContaining("not configured for PlatformMSP");
    }

    @Test
    void an_unreachable_ca_issues_nothing_and_says_the_ledger_is_unavailable() {
        PartyIdentities identities = new PartyIdentities(platformOnly(Optional.of("secret")));

        assertThatThrownBy(() -> identities.issueOrReuse(PARTY, Org.PLATFORM))
                .isInstanceOf(LedgerUnavailableException.class)
                .hasMessageContaining("the Fabric CA at https://127.0.0.1:1 cannot be reached");
        assertThat(identities.find(PARTY, Org.PLATFORM)).isEmpty();
    }

    @Test
    void without_a_configured_key_the_wallet_key_file_is_made_once_for_the_owner_only() throws Exception {
        new PartyIdentities(platformOnly(Optional.of("secret"))).find(PARTY, Org.PLATFORM);
        Path keyFile = PartyIdentities.keyFile(dir.resolve("wallet"));
        String key = Files.readString(keyFile);

        new PartyIdentities(platformOnly(Optional.of("secret"))).find("91310000MA1K00003F", Org.PLATFORM);

        assertThat(Files.readString(keyFile)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    private static FabricConfig config(Map<String, FabricConfig.Ca> cas, Path walletDir) {
        FabricConfig.Wallet wallet = new FabricConfig.Wallet() {
            @Override
            public Path directory() {
                return walletDir;
            }

            @Override
            public Optional<String> key() {
                return Optional.empty();
            }
        };
        return new FabricConfig() {
            @Override
            public String channel() {
                return "trellis";
            }

            @Override
            public String chaincode() {
                return "trellis";
            }

            @Override
            public Map<String, Peer> peers() {
                return Map.of();
            }

            @Override
            public Map<String, Path> operators() {
                return Map.of();
            }

            @Override
            public int maxAttempts() {
                return 8;
            }

            @Override
            public Map<String, Ca> cas() {
                return cas;
            }

            @Override
            public Wallet wallet() {
                return wallet;
            }

            @Override
            public Optional<Path> clockOffsetFile() {
                return Optional.empty();
            }
        };
    }
}
