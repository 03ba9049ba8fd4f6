package io.trellis.ledger.identity;

import io.trellis.chaincode.api.party.PartyIds;
import io.trellis.ledger.FabricIdentity;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An organisation's certificate authority as the local network keeps it (the CA certificate and key that
 * the network's crypto material holds). Issues P-256 client certificates with OU {@code client}, the unit
 * Fabric's NodeOUs classify as a client, so the MSP accepts them without further configuration.
 */
public final class OrganisationCa implements PartyCertificateIssuer {
    static final Duration VALIDITY = Duration.ofDays(365);

    private final String mspId;
    private final X509Certificate caCertificate;
    private final PrivateKey caKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public OrganisationCa(String mspId, X509Certificate caCertificate, PrivateKey caKey, Clock clock) {
        this.mspId = mspId;
        this.caCertificate = caCertificate;
        this.caKey = caKey;
        this.clock = clock;
    }

    @Override
    public FabricIdentity issue(String partyId) {
        PartyIds.require(partyId);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keys = generator.generateKeyPair();
            return new FabricIdentity(mspId, certify(partyId, keys), keys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate for party " + partyId, e);
        }
    }

    private X509Certificate certify(String partyId, KeyPair keys)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        Instant now = clock.instant();
        X500Name issuer = new JcaX509CertificateHolder(caCertificate).getSubject();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "CN")
                .addRDN(BCStyle.OU, "client")
                .addRDN(BCStyle.CN, partyId)
                .build();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(128, random),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(caCertificate));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey)));
    }
}
