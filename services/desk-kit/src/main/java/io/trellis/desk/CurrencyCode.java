package io.trellis.desk;

import io.trellis.chaincode.api.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text is an ISO 4217 currency code, as {@link Money} requires ("CNY"; "RMB" and "cny" are not codes). */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrencyCode.Check.class)
public @interface CurrencyCode {
    String message() default "must be an ISO 4217 code such as CNY";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is for {@code @NotNull} to report. */
    class Check implements ConstraintValidator<CurrencyCode, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || Money.isCurrencyCode(code);
        }
    }
}
