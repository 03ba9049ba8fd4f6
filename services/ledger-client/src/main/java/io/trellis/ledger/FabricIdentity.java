package io.trellis.ledger;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * A Fabric signing identity: an organisation's MSP id, an X.509 certificate and its private key. The key
 * never leaves the service of the organisation that hosts the identity.
 */
public record FabricIdentity(String mspId, X509Certificate certificate, PrivateKey privateKey) {

    public FabricIdentity {
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** Stable name of the identity, used to cache its Gateway: MSP id and certificate subject. */
    public String label() {
        return mspId + ":" + certificate.getSubjectX500Principal().getName() + ":" + certificate.getSerialNumber();
    }

    /** Loads an identity from an MSP folder as cryptogen or a Fabric CA writes it: signcerts/ and keystore/. */
    public static FabricIdentity fromMspDirectory(String mspId, Path mspDirectory) {
        try {
            return fromPemFiles(mspId, singleFile(mspDirectory.resolve("signcerts")),
                    singleFile(mspDirectory.resolve("keystore")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identity in " + mspDirectory, e);
        }
    }

    /** Loads an identity from a PEM certificate and a PEM private key, e.g. an organisation CA's. */
    public static FabricIdentity fromPemFiles(String mspId, Path certificate, Path privateKey) {
        try (Reader cert = Files.newBufferedReader(certificate); Reader key = Files.newBufferedReader(privateKey)) {
            return new FabricIdentity(mspId, Identities.readX509Certificate(cert), Identities.readPrivateKey(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identity in " + certificate + " and " + privateKey, e);
        } catch (CertificateException | InvalidKeyException e) {
            throw new IllegalArgumentException(certificate + " and " + privateKey + " are not a valid certificate and key", e);
        }
    }

    private static Path singleFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no file in " + directory));
        }
    }

    @Override
    public String toString() {
        return "FabricIdentity[" + label() + "]";
    }
}
