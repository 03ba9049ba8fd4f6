package io.trellis.portal.abs;

import io.trellis.portal.backend.ServiceProblem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The few form fields the services take as numbers, read from what a person types: percentages become basis points
 * exactly ({@code 4} → 400, {@code 2.75} → 275), whole numbers stay whole, lists are split on commas, spaces or
 * new lines. Anything else is refused like the service refuses a wrong body (400 {@code INVALID_ARGUMENT}), so the
 * person sees the same sentence.
 */
public final class FormInput {
    private FormInput() {
    }

    /** A percentage with at most two decimals, 0 to 100, as basis points. */
    public static int basisPoints(String percent) {
        String text = stripped(percent);
        if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
            throw invalid();
        }
        int basisPoints = new BigDecimal(text).movePointRight(2).intValueExact();
        if (basisPoints > 10_000) {
            throw invalid();
        }
        return basisPoints;
    }

    /** A whole number, 0 or more. */
    public static long wholeNumber(String typed) {
        String text = stripped(typed);
        if (!text.matches("[0-9]{1,15}")) {
            throw invalid();
        }
        return Long.parseLong(text);
    }

    /** The items of a list typed with commas, spaces or line breaks between them; empty items are dropped. */
    public static List<String> items(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String stripped(String typed) {
        if (typed == null || typed.isBlank()) {
            throw invalid();
        }
        return typed.strip();
    }

    private static ServiceProblem invalid() {
        return new ServiceProblem(400, "INVALID_ARGUMENT", "a number in a form is not valid");
    }
}
