package io.trellis.chaincode.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.fuzz.FuzzInput.Mutation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bends a request's JSON the way a hostile client would, and knows which bends the strict reader must refuse
 * whatever the rules say (docs: strict JSON, printable text): a value of the wrong JSON type, a fraction or an
 * exponent for an integer, a number past a {@code long}, an unknown field, a key named twice, text that is not
 * printable or longer than 1,024 characters, nesting deeper than any request. Other bends (nulls, removals,
 * edge numbers, other parties' ids) are for the rules to judge.
 */
final class JsonMutator {
    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_TEXT = 1_024;
    /** Request fields whose text is opaque: a page bookmark is the peer's key, NUL separators and all. */
    private static final String OPAQUE_FIELD = "bookmark";
    private static final List<String> FRACTIONS = List.of("100.99", "1e3", "1.0", "-0.5", "1E+2", "0.0", "2.5e-3", "-0.0");
    private static final List<BigInteger> HUGE = List.of(BigInteger.valueOf(Long.MAX_VALUE),
            BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE),
            BigInteger.TEN.pow(19), BigInteger.TEN.pow(19).negate(), BigInteger.TEN.pow(400),
            BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE), BigInteger.valueOf(Integer.MIN_VALUE).subtract(BigInteger.ONE));
    private static final List<Long> EDGE = List.of(0L, -1L, 1L, 2L, 31L, 32L, 99L, 100L, 200L, 201L, 9_999L, 10_000L,
            10_001L, 1_000_000_000_000_000L, 1_000_000_000_000_001L, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
    private static final List<String> NUMBERS_AS_TEXT = List.of("10000000000000000000", "100", "1e3", "-1", "0x10");
    private static final String DEEP = "[".repeat(1_500) + "]".repeat(1_500);

    private final List<String> otherIds;
    /** Values put in that the strict reader must refuse, by identity, with why. */
    private final Map<JsonNode, String> poison = new IdentityHashMap<>();
    /** Values written as given (exponents, deep nesting) rather than as Jackson would print them. */
    private final Map<JsonNode, String> verbatim = new IdentityHashMap<>();
    /** Objects written with their first key twice. */
    private final Map<JsonNode, Boolean> duplicated = new IdentityHashMap<>();
    /** The request's own values: only their JSON type is the field's type (a value put in by a bend is not). */
    private final Map<JsonNode, Boolean> original = new IdentityHashMap<>();
    private String refusedBecause;

    private JsonMutator(List<String> otherIds) {
        this.otherIds = otherIds;
    }

    /** A bent document: its text, and why the strict reader must refuse it, if it must. */
    record Bent(String text, Optional<String> mustRefuse) {
    }

    static Bent bend(Object request, List<Mutation> mutations, List<String> otherIds) {
        JsonMutator mutator = new JsonMutator(otherIds);
        JsonNode root = tree(request);
        mutator.rememberOriginal(root);
        for (Mutation mutation : mutations) {
            mutator.apply((ContainerNode<?>) root, mutation);
        }
        StringBuilder out = new StringBuilder();
        mutator.write(root, out);
        return new Bent(out.toString(), Optional.ofNullable(mutator.refusedBecause));
    }

    /** The JSON tree of a request record, or of a JSON text. */
    static JsonNode tree(Object request) {
        try {
            return TREES.readTree(request instanceof String json ? json : JsonCodec.toJson(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rememberOriginal(JsonNode node) {
        original.put(node, true);
        node.forEach(this::rememberOriginal);
    }

    /** Where a value sits: in an object under a field, or in an array at an index. */
    private record Slot(ContainerNode<?> parent, String field, int index, JsonNode value) {
        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(field, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        boolean opaque() {
            return OPAQUE_FIELD.equals(field);
        }
    }

    private void apply(ContainerNode<?> root, Mutation m) {
        if (m.kind() == FuzzInput.Kind.UNKNOWN_FIELD || m.kind() == FuzzInput.Kind.DUPLICATE_KEY) {
            List<ObjectNode> objects = new ArrayList<>();
            collectObjects(root, objects);
            objects.removeIf(o -> m.kind() == FuzzInput.Kind.DUPLICATE_KEY && o.isEmpty());
            if (objects.isEmpty()) {
                return;
            }
            ObjectNode target = objects.get(Math.floorMod(m.target(), objects.size()));
            if (m.kind() == FuzzInput.Kind.UNKNOWN_FIELD) {
                JsonNode value = new LongNode(m.variant());
                target.set("fuzz" + (m.variant() % 7), value);
                poison.put(value, "an unknown field");
            } else {
                duplicated.put(target, true);
            }
            return;
        }
        List<Slot> slots = new ArrayList<>();
        collectSlots(root, slots);
        if (slots.isEmpty()) {
            return;
        }
        Slot slot = slots.get(Math.floorMod(m.target(), slots.size()));
        JsonNode was = slot.value();
        switch (m.kind()) {
            case HOSTILE_TEXT -> {
                JsonNode text = new TextNode(m.text());
                slot.set(text);
                if (m.text().length() > MAX_TEXT) {
                    poison.put(text, "text longer than " + MAX_TEXT + " characters");
                } else if (isOriginal(was) && was.isTextual() && !slot.opaque() && !printable(m.text())) {
                    poison.put(text, "text that is not printable");
                } else {
                    wrongTypeUnless(was, text, JsonNodeType.STRING);
                }
            }
            case OTHER_ID -> {
                JsonNode id = new TextNode(otherIds.get(Math.floorMod(m.variant(), otherIds.size())));
                slot.set(id);
                wrongTypeUnless(was, id, JsonNodeType.STRING);
            }
            case WRONG_TYPE -> {
                JsonNode other = otherType(was, m.variant());
                slot.set(other);
                wrongTypeUnless(was, other, other.getNodeType());
            }
            case FRACTION -> {
                JsonNode fraction = new TextNode("fraction");
                verbatim.put(fraction, FRACTIONS.get(Math.floorMod(m.variant(), FRACTIONS.size())));
                slot.set(fraction);
                if (isOriginal(was) && was.isIntegralNumber()) {
                    poison.put(fraction, "a fraction or exponent for an integer");
                } else {
                    wrongTypeUnless(was, fraction, JsonNodeType.NUMBER);
                }
            }
            case HUGE_NUMBER -> {
                BigInteger huge = HUGE.get(Math.floorMod(m.variant(), HUGE.size()));
                JsonNode number = new BigIntegerNode(huge);
                slot.set(number);
                if (isOriginal(was) && was.isNumber() && huge.bitLength() > 63) {
                    poison.put(number, "a number past a long");
                } else {
                    wrongTypeUnless(was, number, JsonNodeType.NUMBER);
                }
            }
            case EDGE_NUMBER -> {
                JsonNode number = new LongNode(EDGE.get(Math.floorMod(m.variant(), EDGE.size())));
                slot.set(number);
                wrongTypeUnless(was, number, JsonNodeType.NUMBER);
            }
            case NUMBER_AS_TEXT -> {
                JsonNode text = new TextNode(NUMBERS_AS_TEXT.get(Math.floorMod(m.variant(), NUMBERS_AS_TEXT.size())));
                slot.set(text);
                wrongTypeUnless(was, text, JsonNodeType.STRING);
            }
            case NULL -> slot.set(NullNode.getInstance());
            case REMOVE -> slot.remove();
            case DEEP_NESTING -> {
                JsonNode deep = NODES.arrayNode();
                verbatim.put(deep, DEEP);
                slot.set(deep);
                poison.put(deep, "nesting deeper than any request");
            }
            case LONG_ARRAY -> {
                if (was instanceof ArrayNode array && !array.isEmpty()) {
                    ArrayNode longer = NODES.arrayNode();
                    for (int i = 0; i < 100 + m.variant() % 300; i++) {
                        longer.add(array.get(i % array.size()).deepCopy());
                    }
                    slot.set(longer);
                } else {
                    // Inside an array the value sits in another place: what it was refused for there may not hold.
                    poison.remove(was);
                    ArrayNode wrapped = NODES.arrayNode().add(was);
                    slot.set(wrapped);
                    wrongTypeUnless(was, wrapped, JsonNodeType.ARRAY);
                }
            }
            default -> {
                // TERMS bends the transient terms, UNKNOWN_FIELD and DUPLICATE_KEY are above
            }
        }
    }

    private boolean isOriginal(JsonNode node) {
        return original.containsKey(node);
    }

    /** A value whose JSON type differs from the request's own value is refused, unless that value is null. */
    private void wrongTypeUnless(JsonNode was, JsonNode now, JsonNodeType type) {
        if (!isOriginal(was)) {
            return;
        }
        boolean sameType = was.getNodeType() == type
                || was.isTextual() && type == JsonNodeType.STRING
                || was.isNumber() && type == JsonNodeType.NUMBER;
        if (!sameType && !was.isNull() && !poison.containsKey(now)) {
            poison.put(now, type + " where " + was.getNodeType() + " belongs");
        }
    }

    private static JsonNode otherType(JsonNode was, int variant) {
        List<JsonNode> candidates = new ArrayList<>(List.of(BooleanNode.TRUE, BooleanNode.FALSE, NODES.arrayNode(),
                NODES.objectNode(), new TextNode("text"), new LongNode(7), NODES.arrayNode().add(1).add("two"),
                NODES.objectNode().put("k", "v")));
        candidates.removeIf(c -> c.getNodeType() == was.getNodeType());
        return candidates.get(Math.floorMod(variant, candidates.size())).deepCopy();
    }

    static boolean printable(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE
                    || codePoint == Character.MAX_CODE_POINT) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    private static void collectSlots(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                slots.add(new Slot(object, field.getKey(), -1, field.getValue()));
                collectSlots(field.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i, array.get(i)));
                collectSlots(array.get(i), slots);
            }
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        if (node instanceof ContainerNode<?> container) {
            container.forEach(child -> collectObjects(child, objects));
        }
    }

    /** Writes the document; a poisoned value that is still in it decides that it must be refused. */
    private void write(JsonNode node, StringBuilder out) {
        String why = poison.get(node);
        if (why != null && refusedBecause == null) {
            refusedBecause = why;
        }
        String raw = verbatim.get(node);
        if (raw != null) {
            out.append(raw);
        } else if (node instanceof ObjectNode object) {
            out.append('{');
            boolean first = true;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            Map.Entry<String, JsonNode> firstField = null;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                firstField = firstField == null ? field : firstField;
                first = writeField(field, first, out);
            }
            if (firstField != null && duplicated.containsKey(object)) {
                writeField(firstField, false, out);
                if (refusedBecause == null) {
                    refusedBecause = "a key named twice";
                }
            }
            out.append('}');
        } else if (node instanceof ArrayNode array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(array.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    private boolean writeField(Map.Entry<String, JsonNode> field, boolean first, StringBuilder out) {
        if (!first) {
            out.append(',');
        }
        out.append(new TextNode(field.getKey())).append(':');
        write(field.getValue(), out);
        return false;
    }
}
