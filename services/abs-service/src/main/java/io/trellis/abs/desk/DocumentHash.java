package io.trellis.abs.desk;

import io.trellis.chaincode.api.Hashes;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is a document's SHA-256 as the ledger anchors it: 64 lower-case hex characters, checked by the same
 * function the chaincode checks it with.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DocumentHash.Check.class)
public @interface DocumentHash {
    String message() default "must be a SHA-256 in lower-case hex (64 characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is for {@code @NotNull} to report. */
    class Check implements ConstraintValidator<DocumentHash, String> {
        @Override
        public boolean isValid(String hash, ConstraintValidatorContext context) {
            return hash == null || Hashes.isSha256Hex(hash);
        }
    }
}
