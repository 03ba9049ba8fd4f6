package io.trellis.ledger.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The enrollment secret of a party at its organisation's Fabric CA: HMAC-SHA256 under the wallet key of the MSP
 * and the party id. It is derived, not random, so that a registration that failed after the CA registered the
 * party but before its identity reached the wallet can be retried: the CA answers the second register with
 * "already registered", and the retry enrols with the same secret. Only the holder of the wallet key can enrol
 * as the party; no secret is ever stored.
 */
public final class EnrollmentSecrets {
    private final SecretKeySpec key;
    private final String mspId;

    public EnrollmentSecrets(byte[] walletKey, String mspId) {
        this.key = new SecretKeySpec(walletKey, "HmacSHA256");
        this.mspId = mspId;
    }

    public String of(String enrollmentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] secret = mac.doFinal(("fabric-ca enrollment secret/" + mspId + "/" + enrollmentId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
