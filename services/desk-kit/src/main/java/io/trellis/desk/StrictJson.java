package io.trellis.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.StrictJsonMapper;
import io.trellis.desk.problem.ProblemException;
import java.io.IOException;

/**
 * Reads REST request bodies with the rules every layer reads by ({@link StrictJsonMapper}): a client's mistake is
 * refused, never guessed at.
 * Amounts are decimal text ({@link AmountBody}), so no JSON number here ever needs a fraction.
 */
public final class StrictJson {
    private static final ObjectMapper MAPPER = StrictJsonMapper.builder().build();

    private StrictJson() {
    }

    /** The body as {@code type}; an empty body is read as {@code {}}. */
    public static <T> T read(String body, Class<T> type) {
        String json = body == null || body.isBlank() ? "{}" : body;
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                // A literal null would reach validation as no body at all: a write needs an object.
                throw new ProblemException(ErrorCode.INVALID_ARGUMENT, "the body must be a JSON object, not null");
            }
            return value;
        } catch (IOException e) {
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT, StrictJsonMapper.describe(e));
        }
    }
}
