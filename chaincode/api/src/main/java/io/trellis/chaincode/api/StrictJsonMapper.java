package io.trellis.chaincode.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How every layer reads JSON it did not write itself (chaincode arguments, REST bodies): a mistake is refused,
 * never guessed at, so nothing is truncated, rounded or coerced. Refused: unknown fields, duplicate keys,
 * trailing tokens, a fraction or exponent where an integer belongs ({@code 100.99}, {@code 1e3}), text where a
 * number belongs and a number or boolean where text belongs, a date that is not {@code yyyy-MM-dd} text,
 * a single value where a list belongs, a number for an enum constant ({@code 0} is not SENIOR), an empty or blank
 * string for a number, enum or object (it is not "no value"), an enum name with blanks around it, text with a lone
 * surrogate (it has no UTF-8 form: written on, it would silently become "?"), comments, leading zeros, NaN.
 */
public final class StrictJsonMapper {

    private StrictJsonMapper() {
    }

    /** A mapper builder with every strict reading rule; callers add how they write. */
    public static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("strict-scalars")
                        .addDeserializer(LocalDate.class, new IsoDate())
                        .addDeserializer(String.class, new WholeText())
                        .setDeserializerModifier(new ExactEnumNames()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // On by default in Jackson: {"minor":100.99} would be read as 100.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                // Off by default in Jackson: "trancheClass":0 would be read as the first constant.
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // "tierLimit":" " would be read as null, and an optional setting would silently keep its value.
                .withCoercionConfigDefaults(defaults -> defaults
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setAcceptBlankAsEmpty(false))
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, integer -> integer
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
    }

    /** Explains a refusal in terms of the document, never of Java types. */
    public static String describe(IOException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + printable(unknown.getPropertyName()) + "'";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return "field '" + path(invalid) + "': '" + printable(String.valueOf(invalid.getValue())) + "' is not one of "
                    + allowed;
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "field '" + path(mismatch) + "' has a value of the wrong type or form";
        }
        if (e instanceof JacksonException json && json.getOriginalMessage() != null
                && json.getOriginalMessage().startsWith("Duplicate field")) {
            return "the body names a field twice";
        }
        return "the body is not valid JSON of the expected shape";
    }

    /**
     * A refused value as a message may echo it: controls and surrogates written as {@code \\uXXXX}, so that the
     * message itself is text every reader (this one included) accepts, and at most 64 characters of it.
     */
    static String printable(String value) {
        StringBuilder text = new StringBuilder();
        value.codePoints().limit(64).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > 64 ? text + "..." : text.toString();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + printable(ref.getFieldName()) : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** A date is {@code yyyy-MM-dd} text: an epoch-day number or a [y, m, d] array is not a date a person wrote. */
    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {
        private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4}|\\+[0-9]{5,9})-[0-9]{2}-[0-9]{2}");

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            // LocalDate.parse also takes "-0001-01-01" or "2026-3-2"; a year past 9999 is written with its sign.
            if (!ISO_DATE.matcher(parser.getText()).matches()) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getText(), "not yyyy-MM-dd");
            }
            try {
                return LocalDate.parse(parser.getText());
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getText(), "not yyyy-MM-dd");
            }
        }
    }

    /** Text is read as written, but a lone surrogate is refused: it cannot be stored or passed on unchanged. */
    private static final class WholeText extends StdScalarDeserializer<String> {
        WholeText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasLoneSurrogate(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "a lone surrogate is not text");
            }
            return text;
        }

        private static boolean hasLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Jackson finds " APPROVED " by trimming it; a name is exactly a constant's name. */
    private static final class ExactEnumNames extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new ExactEnumName(deserializer);
        }
    }

    private static final class ExactEnumName extends DelegatingDeserializer {
        ExactEnumName(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumName(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !parser.getText().equals(parser.getText().strip())) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), "not a constant's exact name");
            }
            return super.deserialize(parser, context);
        }
    }
}
