package io.trellis.chaincode.api.party;

import java.security.cert.X509Certificate;

/**
 * The id Fabric's chaincode-side client identity gives a certificate: {@code x509::<subject>::<issuer>},
 * both names as the JDK formats them. Services bind a party to this id; the chaincode compares it with
 * the caller's, so both sides must spell it the same way.
 */
public final class CertificateIds {

    private CertificateIds() {
    }

    @SuppressWarnings("deprecation") // getSubjectDN's formatting is what the shim uses, so it is what must match.
    public static String of(X509Certificate certificate) {
        return "x509::" + certificate.getSubjectDN().getName() + "::" + certificate.getIssuerDN().getName();
    }
}
