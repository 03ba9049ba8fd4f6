package io.trellis.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.ledger.FabricIdentity;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OrganisationCaTest {
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void issues_a_client_certificate_named_after_the_party_and_signed_by_the_org_ca() throws Exception {
        TestCa ca = TestCa.create("ca.platform.trellis.local");
        OrganisationCa issuer = new OrganisationCa("PlatformMSP", ca.certificate(), ca.keys().getPrivate(),
                Clock.fixed(NOW, ZoneOffset.UTC));

        FabricIdentity identity = issuer.issue("91310000MA1K000002");

        identity.certificate().verify(ca.keys().getPublic());
        identity.certificate().checkValidity(java.util.Date.from(NOW.plusSeconds(86_400)));
        assertThat(identity.mspId()).isEqualTo("PlatformMSP");
        assertThat(identity.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=91310000MA1K000002,OU=client,C=CN");
        assertThat(identity.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(identity.certificate().getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
        assertThat(CertificateIds.of(identity.certificate()))
                .isEqualTo("x509::CN=91310000MA1K000002, OU=client, C=CN::C=CN, O=ca.platform.trellis.local, CN=ca.platform.trellis.local");
    }

    @Test
    void the_issued_key_signs_what_the_certificate_verifies() throws Exception {
        TestCa ca = TestCa.create("ca.bank.trellis.local");
        FabricIdentity identity = new OrganisationCa("BankMSP", ca.certificate(), ca.keys().getPrivate(), Clock.systemUTC())
                .issue("91310000MA1K000004");

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(identity.privateKey());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(identity.certificate());
        verifier.update(new byte[] {1, 2, 3});

        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void every_issue_is_a_new_key() throws Exception {
        TestCa ca = TestCa.create("ca");
        OrganisationCa issuer = new OrganisationCa("PlatformMSP", ca.certificate(), ca.keys().getPrivate(), Clock.systemUTC());

        assertThat(issuer.issue("91310000MA1K000002").privateKey()).isNotEqualTo(issuer.issue("91310000MA1K000002").privateKey());
    }

    @Test
    void a_party_id_that_could_inject_into_a_name_is_refused() throws Exception {
        TestCa ca = TestCa.create("ca");
        OrganisationCa issuer = new OrganisationCa("PlatformMSP", ca.certificate(), ca.keys().getPrivate(), Clock.systemUTC());

        assertThatThrownBy(() -> issuer.issue("X,OU=admin")).isInstanceOf(IllegalArgumentException.class);
    }
}
