package io.trellis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stack's Keycloak, realm {@code trellis}: tokens of users (the portal client's password grant, as people log
 * in) and, through the master realm's admin API, users of the bench's own parties with password {@code demo},
 * the claims {@code party_id} and {@code org_msp} and one realm role. {@link #close()} removes the users it made.
 */
final class Keycloak implements AutoCloseable {
    static final String PASSWORD = "demo";
    private static final String REALM = "trellis";

    private final Http http;
    private final String baseUrl;
    private final List<String> created = new ArrayList<>();

    Keycloak(Http http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    static String localStack() {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");
    }

    /** A fresh access token of {@code username} (they live 15 minutes). */
    String token(String username) {
        return token(REALM, "trellis-portal", username, PASSWORD);
    }

    synchronized void createUser(String username, String partyId, String mspId, String realmRole) {
        String admin = token("master", "admin-cli", "admin", "admin");
        Map<String, Object> user = Map.of("username", username, "enabled", true,
                "email", username + "@bench.trellis.example.com", "emailVerified", true,
                "firstName", "Bench", "lastName", partyId,
                "attributes", Map.of("party_id", List.of(partyId), "org_msp", List.of(mspId)),
                "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)));
        http.expect(asAdmin(admin, "/users").POST(Http.json(user)).build(), 201);
        String id = http.expect(asAdmin(admin, "/users?exact=true&username=" + encode(username)).GET().build(), 200)
                .get(0).get("id").asText();
        created.add(id);
        JsonNode role = http.expect(asAdmin(admin, "/roles/" + realmRole).GET().build(), 200);
        http.expect(asAdmin(admin, "/users/" + id + "/role-mappings/realm").POST(Http.json(List.of(role))).build(),
                204);
    }

    @Override
    public synchronized void close() {
        if (created.isEmpty()) {
            return;
        }
        String admin = token("master", "admin-cli", "admin", "admin");
        created.forEach(id -> http.expect(asAdmin(admin, "/users/" + id).DELETE().build(), 204));
        created.clear();
    }

    private String token(String realm, String clientId, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username,
                        "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest request = Http.request(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.expect(request, 200).get("access_token").asText();
    }

    private HttpRequest.Builder asAdmin(String token, String path) {
        return Http.request(baseUrl + "/admin/realms/" + REALM + path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
