package io.trellis.ledger.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.ledger.FabricIdentity;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.client.identity.Identities;
import org.junit.jupiter.api.Test;

class FabricCaTokenTest {
    private static final Base64.Encoder B64 = Base64.getEncoder();

    @Test
    void the_token_is_the_certificate_and_a_low_s_signature_over_method_path_body_and_certificate() throws Exception {
        FabricIdentity registrar = TestCa.create("ca.bank.trellis.local").issue("BankMSP", "registrar");
        byte[] body = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

        for (int i = 0; i < 20; i++) {
            String[] token = FabricCaToken.of(registrar, "POST", "/api/v1/register", body).split("\\.");

            String certificate = B64.encodeToString(Identities.toPemString(registrar.certificate()).getBytes(StandardCharsets.UTF_8));
            assertThat(token[0]).isEqualTo(certificate);
            byte[] signature = Base64.getDecoder().decode(token[1]);
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(registrar.certificate());
            verifier.update(("POST." + B64.encodeToString("/api/v1/register".getBytes(StandardCharsets.UTF_8)) + "."
                    + B64.encodeToString(body) + "." + certificate).getBytes(StandardCharsets.UTF_8));
            assertThat(verifier.verify(signature)).isTrue();
            assertThat(s(signature)).isLessThanOrEqualTo(order(registrar).shiftRight(1));
        }
    }

    @Test
    void a_high_s_is_folded_into_the_lower_half_and_still_verifies() throws Exception {
        FabricIdentity signer = TestCa.create("ca").issue("BankMSP", "someone");
        BigInteger n = order(signer);
        byte[] message = "m".getBytes(StandardCharsets.UTF_8);
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(signer.privateKey());
        ecdsa.update(message);
        byte[] original = ecdsa.sign();
        byte[] high = s(original).compareTo(n.shiftRight(1)) > 0 ? original : withS(original, n.subtract(s(original)));

        byte[] folded = FabricCaToken.lowS(high, n);

        assertThat(s(folded)).isEqualTo(n.subtract(s(high)));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(signer.certificate());
        verifier.update(message);
        assertThat(verifier.verify(folded)).isTrue();
    }

    private static BigInteger order(FabricIdentity identity) {
        return ((ECPrivateKey) identity.privateKey()).getParams().getOrder();
    }

    private static BigInteger s(byte[] der) {
        return ASN1Integer.getInstance(ASN1Sequence.getInstance(der).getObjectAt(1)).getValue();
    }

    private static byte[] withS(byte[] der, BigInteger s) throws Exception {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(ASN1Sequence.getInstance(der).getObjectAt(0));
        v.add(new ASN1Integer(s));
        return new DERSequence(v).getEncoded();
    }
}
