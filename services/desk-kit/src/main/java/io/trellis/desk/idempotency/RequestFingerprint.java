package io.trellis.desk.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells whether two requests are the same: an HMAC of method, path and exact body bytes. Keyed, not a plain
 * hash, because some bodies are private and guessable (a financing's rate and value date): whoever reads the
 * table without the service's key cannot test guesses against it.
 */
final class RequestFingerprint {
    private final SecretKeySpec key;

    RequestFingerprint(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the idempotency fingerprint key needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(String method, String path, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // Lengths first, so no two (method, path, body) triples share the same input.
            String framed = method.length() + ":" + method + path.length() + ":" + path + (body == null ? "" : body);
            return HexFormat.of().formatHex(mac.doFinal(framed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
