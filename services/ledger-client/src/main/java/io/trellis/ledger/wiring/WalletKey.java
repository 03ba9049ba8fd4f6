package io.trellis.ledger.wiring;

import io.trellis.ledger.identity.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that seals the wallet: from configuration (a secret in production), else from a key file beside
 * the wallet, created on first use with owner-only permissions (local stacks, where the whole folder is
 * the developer's anyway).
 */
final class WalletKey {
    private final FabricConfig.Wallet wallet;
    private byte[] bytes;

    WalletKey(FabricConfig.Wallet wallet) {
        this.wallet = wallet;
    }

    synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = wallet.key().map(WalletKey::decode).orElseGet(this::fromFile);
        }
        return bytes.clone();
    }

    private static byte[] decode(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.strip());
        if (key.length != 32) {
            throw new IllegalArgumentException("the wallet key must be 32 bytes, base64-encoded");
        }
        return key;
    }

    private byte[] fromFile() {
        Path file = PartyIdentities.keyFile(wallet.directory());
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the wallet key " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            OwnerOnlyFiles.createOnce(file, Base64.getEncoder().encodeToString(fresh));
        } catch (FileAlreadyExistsException existing) {
            // Another start made it first: theirs is used.
        }
    }
}
