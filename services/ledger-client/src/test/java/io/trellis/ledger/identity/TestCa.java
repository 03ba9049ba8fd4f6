package io.trellis.ledger.identity;

import io.trellis.ledger.FabricIdentity;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A self-signed organisation CA, as cryptogen makes one, for tests: it certifies client keys as a Fabric CA would. */
public record TestCa(X509Certificate certificate, KeyPair keys) {
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final AtomicLong SERIALS = new AtomicLong(1);

    public static TestCa create(String name) throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("EC").generateKeyPair();
        X500Name subject = new X500Name("CN=" + name + ",O=" + name + ",C=CN");
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(SERIALS.getAndIncrement()), Date.from(FROM),
                Date.from(FROM.plus(3650, ChronoUnit.DAYS)), subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        return new TestCa(sign(builder, keys), keys);
    }

    /** A client certificate for {@code key}: {@code CN=<commonName>,OU=client}. */
    public X509Certificate certify(String commonName, PublicKey key) throws Exception {
        var builder = new JcaX509v3CertificateBuilder(certificate, BigInteger.valueOf(SERIALS.getAndIncrement()), Date.from(FROM),
                Date.from(FROM.plus(365, ChronoUnit.DAYS)), new X500Name("C=CN,OU=client,CN=" + commonName), key)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        return sign(builder, keys);
    }

    /** A fresh key pair and its client certificate, as an identity of {@code mspId}. */
    public FabricIdentity issue(String mspId, String commonName) throws Exception {
        KeyPair client = KeyPairGenerator.getInstance("EC").generateKeyPair();
        return new FabricIdentity(mspId, certify(commonName, client.getPublic()), client.getPrivate());
    }

    private static X509Certificate sign(org.bouncycastle.cert.X509v3CertificateBuilder builder, KeyPair signer) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
    }
}
