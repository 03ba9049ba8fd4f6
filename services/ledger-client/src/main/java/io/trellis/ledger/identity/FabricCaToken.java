package io.trellis.ledger.identity;

import io.trellis.ledger.FabricIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * The Authorization header of a Fabric CA request signed by an enrolled identity (fabric-ca v1.5, util.CreateToken):
 * {@code base64(certificate PEM) + "." + base64(ECDSA signature)}, the signature over SHA-256 of
 * {@code method + "." + base64(request path) + "." + base64(body) + "." + base64(certificate PEM)}. The CA verifies
 * with Fabric's BCCSP, which accepts only low-S signatures, so S is folded into the lower half of the group order.
 */
public final class FabricCaToken {
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private FabricCaToken() {
    }

    public static String of(FabricIdentity signer, String method, String path, byte[] body) {
        String certificate = BASE64.encodeToString(Identities.toPemString(signer.certificate()).getBytes(StandardCharsets.UTF_8));
        String signed = method + "." + BASE64.encodeToString(path.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64.encodeToString(body) + "." + certificate;
        return certificate + "." + BASE64.encodeToString(sign(signer, signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sign(FabricIdentity signer, byte[] message) {
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(signer.privateKey());
            ecdsa.update(message);
            BigInteger order = ((ECPrivateKey) signer.privateKey()).getParams().getOrder();
            return lowS(ecdsa.sign(), order);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("cannot sign a Fabric CA request as " + signer.label(), e);
        }
    }

    static byte[] lowS(byte[] der, BigInteger order) {
        try {
            ASN1Sequence rs = ASN1Sequence.getInstance(der);
            BigInteger r = ASN1Integer.getInstance(rs.getObjectAt(0)).getValue();
            BigInteger s = ASN1Integer.getInstance(rs.getObjectAt(1)).getValue();
            if (s.compareTo(order.shiftRight(1)) <= 0) {
                return der;
            }
            ASN1EncodableVector folded = new ASN1EncodableVector();
            folded.add(new ASN1Integer(r));
            folded.add(new ASN1Integer(order.subtract(s)));
            return new DERSequence(folded).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an ECDSA signature", e);
        }
    }
}
