package io.trellis.desk.paging;

import java.util.Map;

/**
 * One HQL condition of a query with its named parameters: how a listing narrows its rows in the database, so its
 * pages and total hold only what it may show.
 *
 * @param clause     an HQL boolean expression; empty for every row
 * @param parameters the values of its {@code :named} parameters
 */
public record Condition(String clause, Map<String, Object> parameters) {
    /** Every row. */
    public static final Condition ALL = new Condition("", Map.of());
    /** No row at all. */
    public static final Condition NONE = new Condition("1 = 0", Map.of());

    public Condition {
        parameters = Map.copyOf(parameters);
    }
}
