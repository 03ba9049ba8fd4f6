package io.trellis.desk;

import io.trellis.desk.idempotency.Idempotency;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every desk write shares, documented once: the Idempotency-Key header and the problems any write can meet.
 * Operations add their own chaincode codes; a status both name lists both.
 */
public class DeskApi implements OASFilter {
    /** Tag of every desk write; the filter finds them by it. */
    public static final String TAG = "Ledger writes";

    private static final Map<String, String> COMMON_PROBLEMS = Map.of(
            "400", "INVALID_ARGUMENT: malformed JSON, unknown or duplicate field, a fraction or exponent where an"
                    + " integer belongs, an amount not decimal text with at most two decimals, a bad Idempotency-Key",
            "401", "no or invalid bearer token",
            "403", "role not allowed; NOT_ALLOWED, CALLER_NOT_REGISTERED, PARTY_NOT_KYC_APPROVED;"
                    + " PARTY_IDENTITY_NOT_HOSTED (no identity for the token's party in this service's wallet)",
            "409", "IDEMPOTENCY_KEY_IN_FLIGHT (the first request with this key is still running); LEDGER_CONFLICT",
            "422", "IDEMPOTENCY_KEY_REUSED (the key was used for another method, path or body)",
            "503", "LEDGER_UNAVAILABLE, LEDGER_OUTCOME_UNKNOWN (not kept: retry with the same key)");

    /** The problem body every error answer carries (RFC 9457 with the stable {@code code}). */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text).addProperty("code", text).addProperty("transactionId", text)
                .example(Map.of("type", "https://trellis.io/problems/invoice-state-conflict",
                        "title", "Invoice state conflict", "status", 409,
                        "detail", "invoice is CANCELLED", "code", "INVOICE_STATE_CONFLICT"));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problem);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getTags() == null || !operation.getTags().contains(TAG)) {
            return operation;
        }
        operation.addParameter(OASFactory.createParameter()
                .name(Idempotency.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Optional. Same key (per party) and same method, path and body: the first answer again,"
                        + " marked by the header Idempotent-Replayed: true, and the ledger changes once.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .pattern(Idempotency.KEY_PATTERN)));
        COMMON_PROBLEMS.forEach((status, description) -> {
            APIResponse existing = operation.getResponses().getAPIResponse(status);
            if (existing == null) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(description).content(problemContent()));
            } else {
                existing.description(existing.getDescription() + "; " + description).content(problemContent());
            }
        });
        return operation;
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
