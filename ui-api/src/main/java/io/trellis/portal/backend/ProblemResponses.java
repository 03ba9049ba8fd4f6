package io.trellis.portal.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Reads a service's error answer (problem+json, or anything else) into a {@link ServiceProblem}. */
public class ProblemResponses implements ResponseExceptionMapper<ServiceProblem> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ServiceProblem toThrowable(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        String code = "HTTP_" + response.getStatus();
        String detail = body;
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem != null && problem.hasNonNull("code")) {
                code = problem.get("code").asText();
                detail = problem.path("detail").asText("");
            }
        } catch (Exception notJson) {
            // an answer without a problem body keeps the status as its code
        }
        return new ServiceProblem(response.getStatus(), code, detail);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
