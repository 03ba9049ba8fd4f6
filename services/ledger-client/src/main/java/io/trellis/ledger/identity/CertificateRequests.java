package io.trellis.ledger.identity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** A fresh P-256 key pair and its PKCS#10 request: the private key is made here and never sent to the CA. */
public final class CertificateRequests {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateRequests() {
    }

    public record KeyAndRequest(KeyPair keys, String csrPem) {
    }

    /**
     * @param commonName the enrollment id: Fabric CA requires the request's CN to equal it. The CA sets the
     *                   organisational units itself (the identity's type, {@code client}, which NodeOUs read).
     */
    public static KeyAndRequest forCommonName(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair keys = generator.generateKeyPair();
            var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.CN, commonName).build();
            var csr = new JcaPKCS10CertificationRequestBuilder(subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(csr);
            }
            return new KeyAndRequest(keys, pem.toString());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a key pair and certificate request for " + commonName, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
