package io.trellis.portal.session;

import io.quarkus.oidc.IdToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The anti-forgery token of a login session: an HMAC of the session's id (the ID token's {@code sid}), so it needs
 * no storage, changes with every login and cannot be computed by another site. Pages carry it; every write must
 * send it back in {@link #HEADER} ({@link CsrfFilter}).
 */
@RequestScoped
@Named("csrf")
public class CsrfTokens {
    public static final String HEADER = "X-CSRF-Token";

    @Inject
    @IdToken
    JsonWebToken idToken;
    @ConfigProperty(name = "trellis.portal.csrf-key")
    String key;

    /** This session's token (templates: {@code inject:csrf.token}). */
    public String token() {
        String session = idToken.getClaim("sid");
        String basis = session != null ? session : idToken.getRawToken();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public boolean matches(String sent) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                token().getBytes(StandardCharsets.UTF_8));
    }
}
