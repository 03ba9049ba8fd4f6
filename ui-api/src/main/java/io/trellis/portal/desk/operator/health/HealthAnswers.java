package io.trellis.portal.desk.operator.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.portal.desk.operator.health.HealthTarget.Kind;
import java.util.ArrayList;
import java.util.List;

/** Reads a component's HTTP answer by its {@link Kind}: is it well, and which of its checks fail. */
final class HealthAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HealthAnswers() {
    }

    static ComponentHealth read(HealthTarget target, int status, String body, long millis) {
        boolean up = switch (target.kind()) {
            case QUARKUS_READINESS -> status == 200 && "UP".equals(json(body).path("status").asText());
            case FABRIC_HEALTHZ -> status == 200;
            case HTTP_OK, TCP_CONNECT -> status >= 200 && status < 300;
        };
        return ComponentHealth.answered(target, up, millis, status, up ? List.of() : failing(target.kind(), body));
    }

    /** A Quarkus service's checks whose status is not UP; a Fabric node's {@code failed_checks} components. */
    private static List<String> failing(Kind kind, String body) {
        List<String> names = new ArrayList<>();
        JsonNode answer = json(body);
        if (kind == Kind.QUARKUS_READINESS) {
            answer.path("checks").forEach(check -> {
                if (!"UP".equals(check.path("status").asText())) {
                    names.add(check.path("name").asText("?"));
                }
            });
        } else if (kind == Kind.FABRIC_HEALTHZ) {
            answer.path("failed_checks").forEach(check -> names.add(check.path("component").asText("?")));
        }
        return names;
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            return node == null ? JSON.missingNode() : node;
        } catch (Exception notJson) {
            return JSON.missingNode();
        }
    }
}
