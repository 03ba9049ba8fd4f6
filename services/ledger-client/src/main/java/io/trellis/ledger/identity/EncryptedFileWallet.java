package io.trellis.ledger.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.chaincode.api.party.PartyIds;
import io.trellis.ledger.FabricIdentity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * One file per party under {@code <root>/<msp>/}: the certificate in clear, the private key sealed with
 * AES-256-GCM under the wallet key (the party id and MSP are the additional data, so a sealed key cannot be
 * moved to another party's file). Files are written once, atomically, readable by the owner only.
 */
public final class EncryptedFileWallet implements PartyWallet {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final String mspId;
    private final SecretKey walletKey;
    private final SecureRandom random = new SecureRandom();

    /** The file format: the key sealed, the certificate as PEM. */
    record Entry(String mspId, String partyId, String certificatePem, String nonce, String sealedKey) {
    }

    /**
     * @param walletKey 32 bytes of AES key material, kept apart from the wallet files
     */
    public EncryptedFileWallet(Path root, String mspId, byte[] walletKey) {
        if (walletKey.length != 32) {
            throw new IllegalArgumentException("the wallet key must be 32 bytes");
        }
        this.directory = root.resolve(mspId);
        this.mspId = mspId;
        this.walletKey = new SecretKeySpec(walletKey, "AES");
    }

    @Override
    public void put(String partyId, FabricIdentity identity) {
        PartyIds.require(partyId);
        if (!identity.mspId().equals(mspId)) {
            throw new IllegalArgumentException("this wallet keeps " + mspId + " identities, not " + identity.mspId());
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        Entry entry = new Entry(mspId, partyId, Identities.toPemString(identity.certificate()),
                base64(nonce), base64(seal(identity.privateKey().getEncoded(), nonce, partyId)));
        write(file(partyId), entry);
    }

    @Override
    public Optional<FabricIdentity> find(String partyId) {
        PartyIds.require(partyId);
        Path file = file(partyId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(Files.readString(file), Entry.class);
            byte[] pkcs8 = open(Base64.getDecoder().decode(entry.sealedKey()), Base64.getDecoder().decode(entry.nonce()), partyId);
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return Optional.of(new FabricIdentity(mspId,
                    Identities.readX509Certificate(new StringReader(entry.certificatePem())), key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wallet entry of party " + partyId, e);
        } catch (GeneralSecurityException e) {
            throw new WalletException("the wallet entry of party " + partyId + " cannot be opened with this wallet key", e);
        }
    }

    private byte[] seal(byte[] plain, byte[] nonce, String partyId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, walletKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(partyId));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private byte[] open(byte[] sealed, byte[] nonce, String partyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, walletKey, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(partyId));
        return cipher.doFinal(sealed);
    }

    private byte[] associatedData(String partyId) {
        return (mspId + "/" + partyId).getBytes(StandardCharsets.UTF_8);
    }

    private void write(Path file, Entry entry) {
        try {
            OwnerOnlyFiles.createOnce(file, JSON.writeValueAsString(entry));
        } catch (FileAlreadyExistsException e) {
            throw new WalletException("party " + entry.partyId() + " already has an identity", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the wallet entry of party " + entry.partyId(), e);
        }
    }

    private Path file(String partyId) {
        return directory.resolve(partyId + ".json");
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A wallet entry that exists but cannot be used: wrong key, tampered file, or a second identity. */
    public static final class WalletException extends RuntimeException {
        public WalletException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
