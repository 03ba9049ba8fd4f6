package io.trellis.scf.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded generator of request bodies that no write may accept: each starts from a valid body and breaks it in
 * one way (a field of a wrong type or form, a value of the wrong kind, a missing field, an unknown or duplicate
 * key, not JSON at all, a Content-Type the endpoint does not read). Values are chosen per field kind so every one
 * is certainly wrong for that field (free text gets no harmless text, an id no valid id of a party that may be
 * named there), and so every body is hostile. The same seed gives the same bodies.
 */
public final class HostileRequests {

    /** What a field holds: each kind has values that are always wrong for it. */
    public enum Kind { ID, TEXT, OPTIONAL_TEXT, AMOUNT, CURRENCY, DATE, INT, LIST }

    /** A hostile request: a label (for the failure message), its Content-Type and its body. */
    public record Hostile(String label, String contentType, String body) {
    }

    private static final String LONG = "9".repeat(5_000);
    private static final List<String> CONTROL = List.of(q("\\u0000"), q("a\\u0000b"), q("\\u0007bell"),
            q("esc\\u001b[31m"), q("\\ud800"), q("del\\u007f"), q("x".repeat(5_000)));
    private static final List<String> WRONG_TYPES = List.of("true", "[]", "{}", "[1,2]", "{\"a\":1}", "42", "-1",
            "1.5", "1e3", "1e400", "9223372036854775808");
    private static final List<String> HOSTILE_AMOUNTS = List.of(q("1.001"), q("-5.00"), q("1e3"), q("0.5e1"),
            q("99999999999999999999.99"), q("92233720368547758.08"), q("1,000.00"), q("\uFF11.00"), q(" 1.00"),
            q("+1.00"), q(".5"), q("5."), q("NaN"), q("Infinity"), q("0x10"), q(""), q(LONG), "1000", "1000.00",
            "1e3", "100.99", "-1", "null");
    private static final List<String> HOSTILE_CURRENCIES = List.of(q(""), q("cny"), q("CNYX"), q("C\\u0000Y"),
            q("RMB"), q(" CNY"), "null", "156");
    private static final List<String> HOSTILE_DATES = List.of(q("2026-02-30"), q("2026-13-01"), q("20260220"),
            q("2026/02/20"), q("+999999999-12-31"), q("2026-02-20T00:00:00Z"), q(""), "20504", "null");
    private static final List<String> HOSTILE_INTS = List.of("450.5", "4.5e2", "450.0", q("450"), "-1",
            "2147483648", "9223372036854775808", "1e400", "true", "null", "[450]");
    private static final List<String> HOSTILE_IDS = List.of(q(""), q(" "), q("../../etc/passwd"),
            q("' OR 1=1 --"), q("91310000MA1K00001"), q("91310000ma1k000019"), q("91310000MA1K0000190"),
            q("91310000MA1K00001I"), "null");
    private static final List<String> NOT_JSON = List.of("{oops", "{\"a\":", "[", "]", "nul", "'single'",
            "{\"a\":1}}", "\u0000", "<xml/>", "a=1&b=2", "{" + "\"a\":{".repeat(2_000) + "}".repeat(2_001));

    private final Random random;
    private final List<Function<Random, Hostile>> mutations = new ArrayList<>();

    /**
     * @param seed         fixes the bodies
     * @param valid        a valid body as ordered fields; nested objects as maps, values as JSON literals
     * @param kinds        the kind of each leaf, by dotted path ({@code limit.amount}); leaves not named are left alone
     * @param required     the top-level fields whose absence makes the body wrong
     * @param others       per leaf path, more JSON literals certainly wrong there (ids of parties it may not name)
     * @param readsJson    the endpoint declares it reads application/json (so another Content-Type is refused)
     */
    public HostileRequests(long seed, Map<String, Object> valid, Map<String, Kind> kinds, List<String> required,
                           Map<String, List<String>> others, boolean readsJson) {
        this.random = new Random(seed);
        kinds.forEach((path, kind) -> {
            List<String> values = new ArrayList<>(valuesOf(kind));
            values.addAll(others.getOrDefault(path, List.of()));
            for (String value : values) {
                mutations.add(r -> new Hostile(path + " = " + abbreviate(value), "application/json",
                        render(replaced(valid, path, value))));
            }
        });
        for (String field : required) {
            Map<String, Object> without = new LinkedHashMap<>(valid);
            without.remove(field);
            mutations.add(r -> new Hostile("without " + field, "application/json", render(without)));
        }
        String body = render(valid);
        mutations.add(r -> new Hostile("unknown field", "application/json",
                "{\"x" + r.nextInt(1_000) + "\":1," + body.substring(1)));
        mutations.add(r -> new Hostile("unknown field colour", "application/json",
                "{\"colour\":\"red\"" + (valid.isEmpty() ? "}" : "," + body.substring(1))));
        if (!valid.isEmpty()) {
            String first = valid.keySet().iterator().next();
            mutations.add(r -> new Hostile("duplicate key " + first, "application/json",
                    "{\"" + first + "\":" + render(valid.get(first)) + "," + body.substring(1)));
        }
        mutations.add(r -> new Hostile("trailing tokens", "application/json", body + " {}"));
        mutations.add(r -> new Hostile("truncated", "application/json", body.substring(0, 1 + r.nextInt(body.length() - 1))));
        mutations.add(r -> new Hostile("top-level array", "application/json", "[" + body + "]"));
        mutations.add(r -> new Hostile("literal null", "application/json", "null"));
        // An endpoint that requires no field takes {} as a valid body: not hostile there.
        List<String> wrongTypes = WRONG_TYPES.stream().filter(wrong -> !(required.isEmpty() && wrong.equals("{}"))).toList();
        mutations.add(r -> new Hostile("top-level scalar", "application/json", wrongTypes.get(r.nextInt(wrongTypes.size()))));
        NOT_JSON.forEach(garbage -> mutations.add(r -> new Hostile("not JSON " + abbreviate(garbage), "application/json", garbage)));
        if (readsJson) {
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
                mutations.add(r -> new Hostile("Content-Type " + type, type, body));
            }
        }
    }

    /** {@code count} hostile requests: every mutation once, then random ones again. */
    public List<Hostile> take(int count) {
        List<Hostile> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Function<Random, Hostile> mutation = i < mutations.size() ? mutations.get(i)
                    : mutations.get(random.nextInt(mutations.size()));
            requests.add(mutation.apply(random));
        }
        return requests;
    }

    private static List<String> valuesOf(Kind kind) {
        List<String> values = new ArrayList<>(CONTROL);
        switch (kind) {
            case ID -> {
                values.addAll(HOSTILE_IDS);
                values.addAll(WRONG_TYPES);
            }
            case TEXT -> {
                values.addAll(WRONG_TYPES);
                values.add(q(""));
                values.add("null");
            }
            case OPTIONAL_TEXT -> values.addAll(WRONG_TYPES);
            case AMOUNT -> values.addAll(HOSTILE_AMOUNTS);
            case CURRENCY -> values.addAll(HOSTILE_CURRENCIES);
            case DATE -> values.addAll(HOSTILE_DATES);
            case INT -> {
                values.clear();
                values.addAll(HOSTILE_INTS);
            }
            case LIST -> {
                values.addAll(WRONG_TYPES);
                values.add("[null]");
                values.add("null");
            }
        }
        return values;
    }

    /** A copy of {@code body} with the leaf at dotted {@code path} replaced by the JSON literal {@code value}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> replaced(Map<String, Object> body, String path, String value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.put(path, new Literal(value));
        } else {
            String head = path.substring(0, dot);
            copy.put(head, replaced((Map<String, Object>) body.get(head), path.substring(dot + 1), value));
        }
        return copy;
    }

    /** {@code body} as JSON text (values are JSON literals already). */
    public static String json(Map<String, Object> body) {
        return render(body);
    }

    /** A JSON literal put in place as it is. */
    private record Literal(String json) {
    }

    @SuppressWarnings("unchecked")
    private static String render(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> fields = new ArrayList<>();
            ((Map<String, Object>) map).forEach((k, v) -> fields.add("\"" + k + "\":" + render(v)));
            return "{" + String.join(",", fields) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(HostileRequests::render).toList()) + "]";
        }
        if (value instanceof Literal literal) {
            return literal.json();
        }
        return String.valueOf(value);
    }

    /** A JSON string literal of {@code text}, which may hold JSON escapes. */
    public static String q(String text) {
        return "\"" + text + "\"";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...(" + text.length() + ")";
    }
}
