package io.trellis.ledger.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Org;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerUnavailableException;
import io.trellis.ledger.identity.TestCa;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.client.identity.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyIdentitiesTest {
    @TempDir
    Path dir;
    private FabricConfig config;

    @BeforeEach
    void platformCaOnDisk() throws Exception {
        TestCa ca = TestCa.create("ca.platform.trellis.local");
        Path cert = Files.writeString(dir.resolve("ca-cert.pem"), Identities.toPemString(ca.certificate()));
        Path key = Files.writeString(dir.resolve("priv_sk"), Identities.toPemString(ca.keys().getPrivate()));
        config = config(Map.of("PlatformMSP", ca(cert, key)), dir.resolve("wallet"));
    }

    private static FabricConfig.Ca ca(Path cert, Path key) {
        return new FabricConfig.Ca() {
            @Override
            public Path certificate() {
                return cert;
            }

            @Override
            public Path privateKey() {
                return key;
            }
        };
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

    @Test
    void a_party_is_issued_an_identity_once_and_gets_the_same_one_again() {
        FabricIdentity first = new PartyIdentities(config).issueOrReuse("91310000MA1K000002", Org.PLATFORM);
        FabricIdentity again = new PartyIdentities(config).issueOrReuse("91310000MA1K000002", Org.PLATFORM);

        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(again.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(new PartyIdentities(config).find("91310000MA1K000003", Org.PLATFORM)).isEmpty();
    }

    @Test
    void without_a_configured_key_the_wallet_key_file_is_made_once_for_the_owner_only() throws Exception {
        new PartyIdentities(config).issueOrReuse("91310000MA1K000002", Org.PLATFORM);
        Path keyFile = PartyIdentities.keyFile(dir.resolve("wallet"));
        String key = Files.readString(keyFile);

        new PartyIdentities(config).issueOrReuse("91310000MA1K000003", Org.PLATFORM);

        assertThat(Files.readString(keyFile)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void an_organisation_without_its_ca_cannot_issue_and_says_so() {
        assertThatThrownBy(() -> new PartyIdentities(config).issueOrReuse("91310000MA1K000004", Org.BANK))
                .isInstanceOf(LedgerUnavailableException.class)
                .hasMessage("no certificate authority for BankMSP (is the network set up?)");
    }
}
