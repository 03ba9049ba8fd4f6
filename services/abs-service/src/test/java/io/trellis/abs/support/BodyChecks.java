package io.trellis.abs.support;

import io.trellis.desk.StrictJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A desk body as the desk reads it (strict JSON), and what bean validation says of it, field by field. */
public final class BodyChecks {
    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    private BodyChecks() {
    }

    public static <T> T read(String json, Class<T> type) {
        return StrictJson.read(json, type);
    }

    /** "field message" for each violation, sorted; empty for a valid body. */
    public static List<String> violations(Object body) {
        return VALIDATOR.validate(body).stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList();
    }
}
