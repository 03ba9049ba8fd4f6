package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.JsonCodec;

/**
 * Decodes a transaction's single argument: a JSON document, or for look-ups by id the id as plain text.
 * A missing argument is a malformed request, not a crash; every text in it is plain ({@link TextInputs}).
 */
public final class Arguments {

    private Arguments() {
    }

    public static <T> T decode(String argument, Class<T> type) {
        if (argument == null || argument.isBlank()) {
            throw ChaincodeException.invalid("the transaction needs a JSON argument");
        }
        T value = JsonCodec.fromJson(argument, type);
        if (value == null) {
            throw ChaincodeException.invalid("the transaction needs a JSON argument");
        }
        TextInputs.requirePlain(value);
        return value;
    }

    /** The argument as plain text, e.g. the id of the aggregate a query looks up. */
    public static String text(String argument) {
        if (argument == null || argument.isBlank()) {
            throw ChaincodeException.invalid("the transaction needs an argument");
        }
        return TextInputs.requirePlain(argument, "the argument");
    }

    /** For transactions that take no argument: one given anyway is a caller's mistake, not something to ignore. */
    public static void none(String argument) {
        if (argument != null && !argument.isEmpty()) {
            throw ChaincodeException.invalid("the transaction takes no argument");
        }
    }
}
