package io.trellis.chaincode.api;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON codec of ledger data. Every endorsing peer must produce the same bytes, so the output is
 * canonical: record components in declaration order, map entries by key, ISO dates, no pretty printing.
 * Reading is strict ({@link StrictJsonMapper}): nothing is coerced, truncated or rounded, and a refusal says what
 * is wrong in terms of the document (no class names).
 */
public final class JsonCodec {
    private static final ObjectMapper MAPPER = StrictJsonMapper.builder()
            // Only record components are data: boolean helpers such as Money.isZero() must not leak into the ledger.
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private JsonCodec() {
    }

    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new MalformedJsonException(StrictJsonMapper.describe(e), e);
        }
    }

    public static <T> T fromJson(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new MalformedJsonException(StrictJsonMapper.describe(e), e);
        }
    }

    public static <T> T fromJson(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new MalformedJsonException(StrictJsonMapper.describe(e), e);
        }
    }

    /** A document that is not valid JSON for the expected type. */
    public static final class MalformedJsonException extends RuntimeException {
        public MalformedJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
