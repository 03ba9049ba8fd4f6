package io.trellis.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.ledger.FabricIdentity;
import java.io.StringReader;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaEnrolmentTest {
    private static final String PARTY = "91310000MA1K00002C";
    private static final byte[] WALLET_KEY = new byte[32];

    private TestCa authority;
    private FakeCa ca;

    @BeforeEach
    void ca() throws Exception {
        authority = TestCa.create("ca.platform.trellis.local");
        ca = new FakeCa(authority);
        ca.registered.put("registrar", "registrar-secret");
    }

    private CaEnrolment enrolment() {
        return new CaEnrolment("PlatformMSP", ca, new Registrar("PlatformMSP", ca, "registrar", "registrar-secret"),
                new EnrollmentSecrets(WALLET_KEY, "PlatformMSP"));
    }

    @Test
    void a_party_is_registered_by_the_registrar_and_enrolled_with_a_key_made_here_under_its_id() throws Exception {
        FabricIdentity identity = enrolment().issue(PARTY);

        assertThat(ca.registeredBy).containsExactly("registrar");
        assertThat(ca.registered).containsEntry(PARTY, new EnrollmentSecrets(WALLET_KEY, "PlatformMSP").of(PARTY));
        assertThat(identity.mspId()).isEqualTo("PlatformMSP");
        assertThat(identity.certificate().getSubjectX500Principal().getName()).contains("CN=" + PARTY);
        identity.certificate().verify(authority.keys().getPublic());
        assertThat(ca.requestedCommonNames).containsExactly("registrar", PARTY);
    }

    @Test
    void a_retry_after_a_failure_between_register_and_enroll_enrols_with_the_same_derived_secret() {
        ca.failNextEnrolOf = PARTY;
        assertThatThrownBy(() -> enrolment().issue(PARTY)).hasMessageContaining("connection reset");

        FabricIdentity identity = enrolment().issue(PARTY);

        assertThat(identity.certificate().getSubjectX500Principal().getName()).contains("CN=" + PARTY);
        assertThat(ca.registerCalls).isEqualTo(2);
    }

    @Test
    void another_refusal_of_the_registration_is_not_swallowed() {
        ca.refuseRegistrationWith = 71;

        assertThatThrownBy(() -> enrolment().issue(PARTY)).isInstanceOf(FabricCaException.class)
                .satisfies(e -> assertThat(((FabricCaException) e).codes()).containsExactly(71));
    }

    @Test
    void an_id_unfit_for_a_certificate_is_refused_before_the_ca_is_asked() {
        assertThatThrownBy(() -> enrolment().issue("CN=x,OU=admin")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ca.registerCalls).isZero();
    }

    @Test
    void the_derived_secret_depends_on_the_wallet_key_the_msp_and_the_party() {
        EnrollmentSecrets secrets = new EnrollmentSecrets(WALLET_KEY, "PlatformMSP");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        assertThat(secrets.of(PARTY)).isEqualTo(new EnrollmentSecrets(WALLET_KEY, "PlatformMSP").of(PARTY))
                .isNotEqualTo(secrets.of("91310000MA1K00003F"))
                .isNotEqualTo(new EnrollmentSecrets(WALLET_KEY, "BankMSP").of(PARTY))
                .isNotEqualTo(new EnrollmentSecrets(otherKey, "PlatformMSP").of(PARTY));
    }

    /** A Fabric CA as far as its answers go: registrations with their secrets, enrolments signed by a test CA. */
    private static final class FakeCa implements FabricCa {
        final Map<String, String> registered = new HashMap<>();
        final List<String> registeredBy = new ArrayList<>();
        final List<String> requestedCommonNames = new ArrayList<>();
        final TestCa authority;
        int registerCalls;
        String failNextEnrolOf;
        Integer refuseRegistrationWith;

        FakeCa(TestCa authority) {
            this.authority = authority;
        }

        @Override
        public X509Certificate enroll(String enrollmentId, String secret, String csrPem) {
            if (!secret.equals(registered.get(enrollmentId))) {
                throw new FabricCaException(401, List.of(20), "Authentication failure");
            }
            if (enrollmentId.equals(failNextEnrolOf)) {
                failNextEnrolOf = null;
                throw new IllegalStateException("connection reset");
            }
            try (PEMParser parser = new PEMParser(new StringReader(csrPem))) {
                var csr = new JcaPKCS10CertificationRequest((PKCS10CertificationRequest) parser.readObject());
                String cn = csr.getSubject().getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN)[0].getFirst().getValue().toString();
                requestedCommonNames.add(cn);
                return authority.certify(cn, csr.getPublicKey());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void register(FabricIdentity registrar, String enrollmentId, String secret) {
            registerCalls++;
            if (refuseRegistrationWith != null) {
                throw new FabricCaException(403, List.of(refuseRegistrationWith), "refused");
            }
            if (registered.containsKey(enrollmentId)) {
                throw new FabricCaException(409, List.of(FabricCaException.DUPLICATE_IDENTITY), "already registered");
            }
            registeredBy.add(registrar.certificate().getSubjectX500Principal().getName().replaceAll(".*CN=([^,]*).*", "$1"));
            registered.put(enrollmentId, secret);
        }
    }
}
