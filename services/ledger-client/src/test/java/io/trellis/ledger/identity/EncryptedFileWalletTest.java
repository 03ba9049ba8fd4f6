package io.trellis.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.ledger.FabricIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileWalletTest {
    private static final String PARTY = "91310000MA1K00002C";
    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @TempDir
    Path root;
    private FabricIdentity identity;

    @BeforeEach
    void issue() throws Exception {
        TestCa ca = TestCa.create("ca.platform.trellis.local");
        identity = ca.issue("PlatformMSP", PARTY);
    }

    @Test
    void an_identity_comes_back_as_it_was_put() {
        EncryptedFileWallet wallet = new EncryptedFileWallet(root, "PlatformMSP", KEY);

        wallet.put(PARTY, identity);

        FabricIdentity back = new EncryptedFileWallet(root, "PlatformMSP", KEY).find(PARTY).orElseThrow();
        assertThat(back.certificate()).isEqualTo(identity.certificate());
        assertThat(back.privateKey().getEncoded()).isEqualTo(identity.privateKey().getEncoded());
        assertThat(back.mspId()).isEqualTo("PlatformMSP");
    }

    @Test
    void the_private_key_is_not_in_the_file_and_only_the_owner_may_read_it() throws Exception {
        new EncryptedFileWallet(root, "PlatformMSP", KEY).put(PARTY, identity);
        Path file = root.resolve("PlatformMSP").resolve(PARTY + ".json");

        String content = Files.readString(file);
        assertThat(content).doesNotContain(Base64.getEncoder().encodeToString(identity.privateKey().getEncoded()))
                .doesNotContain("PRIVATE KEY");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void another_wallet_key_cannot_open_an_entry() {
        new EncryptedFileWallet(root, "PlatformMSP", KEY).put(PARTY, identity);
        byte[] otherKey = KEY.clone();
        otherKey[0] = 8;

        assertThatThrownBy(() -> new EncryptedFileWallet(root, "PlatformMSP", otherKey).find(PARTY))
                .isInstanceOf(EncryptedFileWallet.WalletException.class)
                .hasMessageContaining("cannot be opened with this wallet key");
    }

    @Test
    void an_entry_copied_under_another_party_cannot_be_opened() throws Exception {
        new EncryptedFileWallet(root, "PlatformMSP", KEY).put(PARTY, identity);
        Path dir = root.resolve("PlatformMSP");
        Files.copy(dir.resolve(PARTY + ".json"), dir.resolve("91310000MA1K00003F.json"));

        assertThatThrownBy(() -> new EncryptedFileWallet(root, "PlatformMSP", KEY).find("91310000MA1K00003F"))
                .isInstanceOf(EncryptedFileWallet.WalletException.class);
    }

    @Test
    void a_party_keeps_its_first_identity() {
        EncryptedFileWallet wallet = new EncryptedFileWallet(root, "PlatformMSP", KEY);
        wallet.put(PARTY, identity);

        assertThatThrownBy(() -> wallet.put(PARTY, identity))
                .isInstanceOf(EncryptedFileWallet.WalletException.class)
                .hasMessage("party " + PARTY + " already has an identity");
        assertThat(wallet.find(PARTY)).isPresent();
    }

    @Test
    void an_unknown_party_has_no_identity_and_another_orgs_identity_is_refused() {
        EncryptedFileWallet wallet = new EncryptedFileWallet(root, "BankMSP", KEY);

        assertThat(wallet.find(PARTY)).isEmpty();
        assertThatThrownBy(() -> wallet.put(PARTY, identity)).hasMessage("this wallet keeps BankMSP identities, not PlatformMSP");
    }
}
