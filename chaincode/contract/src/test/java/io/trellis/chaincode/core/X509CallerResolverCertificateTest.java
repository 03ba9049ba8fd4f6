package io.trellis.chaincode.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.party.CertificateIds;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

/** The resolver over real X.509 creators, serialised as a peer hands them to the chaincode. */
class X509CallerResolverCertificateTest {
    private static final X500Name ISSUER = new X500Name("CN=ca.platform.trellis.local,O=platform.trellis.local,C=CN");

    private static X509Certificate certificate(String subject) throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        var builder = new JcaX509v3CertificateBuilder(ISSUER, BigInteger.valueOf(42), Date.from(now),
                Date.from(now.plus(3650, ChronoUnit.DAYS)), new X500Name(subject), keys.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }

    private static String pem(String subject) throws Exception {
        return pem(certificate(subject));
    }

    private static String pem(X509Certificate cert) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(cert);
        }
        return out.toString();
    }

    /** A stub whose only answer is the creator; the resolver must need nothing else. */
    private static ChaincodeStub stubCreatedBy(String mspId, String certificatePem) {
        byte[] creator = SerializedIdentity.newBuilder().setMspid(mspId)
                .setIdBytes(ByteString.copyFrom(certificatePem, StandardCharsets.UTF_8)).build().toByteArray();
        return (ChaincodeStub) Proxy.newProxyInstance(ChaincodeStub.class.getClassLoader(), new Class<?>[] {ChaincodeStub.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCreator")) {
                        return creator;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void an_admin_certificate_of_the_platform_is_a_platform_operator() throws Exception {
        Caller caller = new X509CallerResolver().resolve(
                stubCreatedBy("PlatformMSP", pem("CN=Admin@platform.trellis.local,OU=admin,L=Shanghai,C=CN")));

        assertThat(caller.mspId()).isEqualTo("PlatformMSP");
        assertThat(caller.operator()).isTrue();
        assertThat(caller.certificateId()).startsWith("x509::").contains("CN=Admin@platform.trellis.local")
                .contains("CN=ca.platform.trellis.local");
    }

    @Test
    void a_client_certificate_is_a_member_not_an_operator() throws Exception {
        Caller caller = new X509CallerResolver().resolve(
                stubCreatedBy("BankMSP", pem("CN=bank1,OU=client,C=CN")));

        assertThat(caller.mspId()).isEqualTo("BankMSP");
        assertThat(caller.operator()).isFalse();
    }

    @Test
    void the_id_services_bind_a_party_to_is_the_id_the_chaincode_sees() throws Exception {
        X509Certificate cert = certificate("CN=91310000MA1K00002C,OU=client,O=platform.trellis.local,C=CN");

        Caller caller = new X509CallerResolver().resolve(stubCreatedBy("PlatformMSP", pem(cert)));

        assertThat(caller.certificateId()).isEqualTo(CertificateIds.of(cert));
    }

    @Test
    void a_creator_that_is_not_a_certificate_is_not_allowed() {
        assertThatThrownBy(() -> new X509CallerResolver().resolve(stubCreatedBy("PlatformMSP", "not a certificate")))
                .isInstanceOfSatisfying(ChaincodeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ALLOWED));
    }
}
