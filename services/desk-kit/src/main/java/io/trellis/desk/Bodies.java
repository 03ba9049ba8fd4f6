package io.trellis.desk;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** Typed request bodies: read strictly ({@link StrictJson}), then checked against their bean constraints. */
@ApplicationScoped
public class Bodies {
    private final Validator validator;

    Bodies(Validator validator) {
        this.validator = validator;
    }

    /** The body as {@code type}, or a 400 INVALID_ARGUMENT problem naming every field that is wrong. */
    public <T> T read(String body, Class<T> type) {
        T parsed = StrictJson.read(body, type);
        Set<ConstraintViolation<T>> violations = validator.validate(parsed);
        if (!violations.isEmpty()) {
            // Sorted, so the same body always gets the same answer (an idempotent replay compares it).
            String detail = violations.stream()
                    .map(v -> "field '" + v.getPropertyPath() + "' " + v.getMessage())
                    .sorted(Comparator.naturalOrder())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT, detail);
        }
        return parsed;
    }
}
