package io.trellis.portal.scf;

import java.util.Arrays;
import java.util.List;

/**
 * Several values typed into one field (invoice ids, the parts of a split), one per line or separated by spaces or
 * semicolons. Commas do not separate: a person may type {@code 600,000.00}, which the service then refuses with a
 * sentence instead of the portal reading it as two parts.
 */
public final class TypedItems {
    private TypedItems() {
    }

    public static List<String> of(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s;；]+")).filter(item -> !item.isEmpty()).toList();
    }
}
