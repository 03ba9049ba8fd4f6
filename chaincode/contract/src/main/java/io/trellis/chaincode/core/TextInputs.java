package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.OpaqueText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * The one rule for every piece of text a transaction takes (ids, names, certificate ids, reasons, references):
 * printable characters only, and at most {@link #MAX_LENGTH} of them. A control character (NUL above all: it
 * separates the parts of a ledger key), a lone surrogate (it has no UTF-8 form, so two ids could become one
 * key) or U+10FFFF (the end of a ledger key range) is a client's mistake, refused as INVALID_ARGUMENT before
 * any rule or key sees it. Rules may set tighter limits of their own.
 */
public final class TextInputs {
    /** The longest text any argument may hold: the longest certificate id a party may bind. */
    public static final int MAX_LENGTH = 1024;
    /** How deep a decoded argument may nest: far more than any request record does. */
    private static final int MAX_DEPTH = 16;

    private TextInputs() {
    }

    /** Checks every text in a decoded argument: record components, list items, map keys and values. */
    public static void requirePlain(Object value) {
        check(value, "argument", false, 0);
    }

    /** Checks one text argument, such as the id a query looks up. */
    public static String requirePlain(String text, String name) {
        check(text, name, false, 0);
        return text;
    }

    private static void check(Object value, String path, boolean opaque, int depth) {
        if (depth > MAX_DEPTH) {
            throw ChaincodeException.invalid(path + " nests too deep");
        }
        switch (value) {
            case null -> {
            }
            case String text -> checkText(text, path, opaque);
            case Record record -> checkRecord(record, path, depth);
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    check(item, path + "[" + i++ + "]", false, depth + 1);
                }
            }
            case Map<?, ?> map -> map.forEach((key, item) -> {
                check(key, path + " key", false, depth + 1);
                check(item, path + "." + key, false, depth + 1);
            });
            default -> {
                // numbers, booleans, enums and dates carry no free text
            }
        }
    }

    private static void checkRecord(Record record, String path, int depth) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of a request", e);
            }
            String name = path.equals("argument") ? component.getName() : path + "." + component.getName();
            check(field, name, component.isAnnotationPresent(OpaqueText.class), depth + 1);
        }
    }

    private static void checkText(String text, String path, boolean opaque) {
        if (text.length() > MAX_LENGTH) {
            throw ChaincodeException.invalid(path + " is longer than " + MAX_LENGTH + " characters");
        }
        if (opaque) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE
                    || codePoint == Character.MAX_CODE_POINT) {
                throw ChaincodeException.invalid(path + " holds a character that is not printable text (U+"
                        + String.format("%04X", codePoint) + ")");
            }
            i += Character.charCount(codePoint);
        }
    }
}
