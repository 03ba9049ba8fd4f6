package io.trellis.desk;

import io.trellis.chaincode.api.DecimalAmount;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is an amount as {@link DecimalAmount} reads it: plain decimal, at most two decimals, no sign or
 * exponent. Checked by the same parser that converts it, so the check and the conversion never disagree.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DecimalText.Check.class)
public @interface DecimalText {
    String message() default "must be decimal text with at most two decimals, e.g. \"1000000.00\"";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is for {@code @NotNull} to report. */
    class Check implements ConstraintValidator<DecimalText, String> {
        @Override
        public boolean isValid(String amount, ConstraintValidatorContext context) {
            if (amount == null) {
                return true;
            }
            try {
                DecimalAmount.parseMinor(amount);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
