package io.trellis.desk;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * REST answers carry the ledger's records as the ledger writes them ({@code JsonCodec}): only record components are
 * data, so a boolean helper such as {@code Money.isZero()} never appears as a {@code "zero"} field.
 */
@Singleton
public class RecordComponentsOnly implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    }
}
