package io.trellis.ledger.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    /** Written whole under a temporary name, then linked in: a reader never sees half a key. */
    private void create(Path file) throws IOException {
        Files.createDirectories(wallet.directory());
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path temp = Files.createTempFile(wallet.directory(), ".key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, Base64.getEncoder().encodeToString(fresh));
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException existing) {
            // Another start made it first: theirs is used.
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
