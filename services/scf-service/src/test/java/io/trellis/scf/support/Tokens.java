package io.trellis.scf.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Access tokens of the realm's demo users, from the real Keycloak (password grant of the portal client). */
public final class Tokens {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    private static String fetch(String username) {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "trellis-portal")
                .formParam("username", username)
                .formParam("password", "demo")
                .when().post(issuer + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
