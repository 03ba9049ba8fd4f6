package io.trellis.desk.paging;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Conditions of a listing's query, all of which must hold; a null value means "any" and adds no condition. */
public final class Filter {
    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public Filter equal(String field, Object value) {
        if (value != null) {
            clauses.add(field + " = :" + field);
            parameters.and(field, value);
        }
        return this;
    }

    /** Adds {@code condition} (nothing for {@link Condition#ALL}). */
    public Filter where(Condition condition) {
        if (!condition.clause().isEmpty()) {
            clauses.add("(" + condition.clause() + ")");
            condition.parameters().forEach(parameters::and);
        }
        return this;
    }

    /** The where-clause for Panache; empty (all rows) when nothing was set. */
    public String query() {
        return String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
