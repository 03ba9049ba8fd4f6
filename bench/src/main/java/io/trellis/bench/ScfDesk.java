package io.trellis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** scf-service's REST API as a user reaches it: JSON bodies, the user's bearer token (docs/api.md). */
final class ScfDesk {
    private final Http http;
    private final String baseUrl;

    ScfDesk(Http http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    static String localStack() {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("SCF_SERVICE_PORT", "8081");
    }

    /** For setup: POSTs {@code body} and returns the answer, which must have status {@code expected}. */
    JsonNode post(String token, String path, Object body, int expected) {
        return http.expect(request(token, path, body), expected);
    }

    /** For a measured call: the answer as it came. */
    HttpResponse<String> send(String token, String path, Object body) throws IOException {
        return http.send(request(token, path, body));
    }

    private HttpRequest request(String token, String path, Object body) {
        return Http.request(baseUrl + path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(Http.json(body)).build();
    }
}
