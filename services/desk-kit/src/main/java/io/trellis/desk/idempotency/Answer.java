package io.trellis.desk.idempotency;

import jakarta.ws.rs.core.Response;

/**
 * A write's answer as sent, kept byte for byte so a replay is identical.
 *
 * @param status      HTTP status
 * @param contentType media type of {@code body}
 * @param body        the JSON sent
 * @param keep        whether a replay may return it: a final answer (committed, or refused by a rule) is kept;
 *                    one that leaves the outcome open (ledger unreachable, unknown, conflicting) is not, so a
 *                    retry with the same key tries again
 */
public record Answer(int status, String contentType, String body, boolean keep) {
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public Response toResponse() {
        return Response.status(status).type(contentType).entity(body).build();
    }

    Response toReplayResponse() {
        return Response.status(status).type(contentType).entity(body).header(REPLAYED_HEADER, "true").build();
    }
}
