package io.trellis.scf.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * The platform organisation's operator MSP folder and a wallet of their own, but no peer listening: the service
 * can sign, and issue identities at the Platform's Fabric CA of the local stack (the defaults of
 * trellis.fabric.cas), while every ledger call meets an unreachable peer.
 */
public class OrgCryptoWithoutNetwork implements QuarkusTestResourceLifecycleManager {
    public static final String WALLET_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final X500Name CA_NAME = new X500Name("CN=ca.platform.trellis.local,O=platform.trellis.local,C=CN");

    @Override
    public Map<String, String> start() {
        try {
            Path root = Files.createTempDirectory("trellis-org-crypto");
            KeyPair ca = KeyPairGenerator.getInstance("EC").generateKeyPair();
            X509Certificate caCert = certificate(CA_NAME, ca.getPublic(), ca.getPrivate(), true);
            KeyPair admin = KeyPairGenerator.getInstance("EC").generateKeyPair();
            X509Certificate adminCert = certificate(new X500Name("CN=Admin@platform.trellis.local,OU=admin,C=CN"),
                    admin.getPublic(), ca.getPrivate(), false);
            Path caCertFile = write(root.resolve("ca/ca-cert.pem"), Identities.toPemString(caCert));
            write(root.resolve("admin/msp/signcerts/cert.pem"), Identities.toPemString(adminCert));
            write(root.resolve("admin/msp/keystore/priv_sk"), Identities.toPemString(admin.getPrivate()));
            return Map.of(
                    "trellis.fabric.peers.\"PlatformMSP\".target", "127.0.0.1:1",
                    "trellis.fabric.peers.\"PlatformMSP\".tls-root-certificate", caCertFile.toString(),
                    "trellis.fabric.operators.\"PlatformMSP\"", root.resolve("admin/msp").toString(),
                    "trellis.fabric.wallet.directory", root.resolve("wallet").toString(),
                    "trellis.fabric.wallet.key", WALLET_KEY);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the test organisation's crypto material", e);
        }
    }

    @Override
    public void stop() {
    }

    private static X509Certificate certificate(X500Name subject, PublicKey key, PrivateKey signer, boolean ca) throws Exception {
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS);
        var builder = new JcaX509v3CertificateBuilder(CA_NAME, BigInteger.valueOf(System.nanoTime()), Date.from(from),
                Date.from(from.plus(30, ChronoUnit.DAYS)), subject, key)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    }

    private static Path write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
