package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.fuzz.FuzzInput.Kind;
import io.trellis.chaincode.fuzz.FuzzInput.Mutation;
import java.util.List;
import java.util.Optional;

/**
 * Turns a valid call's argument into the text a fuzz input sends: as it is, bent, or replaced by raw text. A JSON
 * argument goes through {@link JsonMutator}; a plain-text id is replaced, extended or swapped for another id.
 */
final class ArgumentBender {
    private static final List<String> RAW = List.of("", " ", "null", "[]", "{}", "{", "}", "\"\"", "0", "-1", "true",
            "1e999", "{\"a\":}", "{\"a\" 1}", "[1,]", "{'a':1}", "\u0000", "{\"x\":1}//", "\ufeff{}", "NaN",
            "{\"poolId\":\"AP00000000000000000000\"}", "{\"voucherId\":\"CV1\",\"reason\":null}");

    private ArgumentBender() {
    }

    /** The argument text of a call, or null for none; why it must be refused, if it must. */
    record Argument(String text, Optional<String> mustRefuse) {
        static Argument valid(String text) {
            return new Argument(text, Optional.empty());
        }
    }

    static Argument argument(ValidCall call, FuzzInput input, List<String> otherIds) {
        Object valid = call.argument();
        String validText = valid == null ? null : valid instanceof String s ? s : JsonCodec.toJson(valid);
        return switch (input.shape()) {
            case VALID -> Argument.valid(validText);
            case MUTATED -> valid == null ? raw(null, input)
                    : valid instanceof String id ? bentText(id, input.mutations(), otherIds)
                    : bentJson(validText, input.mutations(), otherIds);
            case RAW -> raw(call.jsonArgument() ? validText : null, input);
        };
    }

    /** The transient terms' text: bent when a mutation asks for it. */
    static Argument terms(Object terms, FuzzInput input, List<String> otherIds) {
        List<Mutation> termMutations = input.mutations().stream()
                .filter(m -> m.kind() == Kind.TERMS)
                .map(m -> new Mutation(Kind.values()[m.variant() % (Kind.TERMS.ordinal())], m.target(), m.target(), m.text()))
                .toList();
        if (input.shape() != FuzzInput.Shape.MUTATED || termMutations.isEmpty()) {
            return Argument.valid(JsonCodec.toJson(terms));
        }
        JsonMutator.Bent bent = JsonMutator.bend(terms, termMutations, otherIds);
        return new Argument(bent.text(), bent.mustRefuse());
    }

    private static Argument bentJson(String json, List<Mutation> mutations, List<String> otherIds) {
        JsonMutator.Bent bent = JsonMutator.bend(json, mutations, otherIds);
        return new Argument(bent.text(), bent.mustRefuse());
    }

    /** An id argument: replaced by hostile text, by another object's id, or with text appended. */
    private static Argument bentText(String id, List<Mutation> mutations, List<String> otherIds) {
        String text = id;
        for (Mutation m : mutations) {
            text = switch (m.kind()) {
                case OTHER_ID -> otherIds.get(Math.floorMod(m.variant(), otherIds.size()));
                case HOSTILE_TEXT, WRONG_TYPE -> m.text();
                case NUMBER_AS_TEXT, HUGE_NUMBER, EDGE_NUMBER, FRACTION -> String.valueOf(m.variant());
                case NULL, REMOVE -> "";
                default -> text + m.text();
            };
        }
        Optional<String> mustRefuse = text.isBlank() ? Optional.of("a blank id")
                : text.length() > 1_024 ? Optional.of("an id longer than 1,024 characters")
                : !JsonMutator.printable(text) ? Optional.of("an id that is not printable") : Optional.empty();
        return new Argument(text, mustRefuse);
    }

    /**
     * Text that is not the argument: a truncated or padded JSON document (the strict reader refuses both), or
     * garbage (judged by the rules, as it may be a valid id).
     */
    private static Argument raw(String validJson, FuzzInput input) {
        Mutation m = input.mutations().get(0);
        if (validJson != null && validJson.length() > 1 && m.variant() % 3 == 0) {
            return new Argument(validJson.substring(0, 1 + Math.floorMod(m.target(), validJson.length() - 1)),
                    Optional.of("a truncated document"));
        }
        if (validJson != null && m.variant() % 3 == 1) {
            return new Argument(validJson + RAW.get(Math.floorMod(m.target(), RAW.size())) + "x",
                    Optional.of("trailing text after the document"));
        }
        String text = m.target() % 4 == 0 ? m.text() : RAW.get(Math.floorMod(m.target(), RAW.size()));
        return new Argument(text, Optional.empty());
    }
}
