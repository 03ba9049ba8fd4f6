package io.trellis.abs.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.trellis.desk.RecordComponentsOnly;

/**
 * How the REST layer writes an answer: Quarkus's ObjectMapper as it builds it by default (the Jackson modules on the
 * class path, dates and durations as ISO text), with the desk kit's customizer.
 */
public final class RestMapper {
    private static final ObjectMapper MAPPER = rest();

    private RestMapper() {
    }

    private static ObjectMapper rest() {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
        new RecordComponentsOnly().customize(mapper);
        return mapper;
    }

    public static String write(Object answer) {
        try {
            return MAPPER.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
