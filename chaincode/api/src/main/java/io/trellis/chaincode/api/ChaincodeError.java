package io.trellis.chaincode.api;

import java.util.Objects;

/**
 * The body of a rejected transaction, as chaincode returns it and ledger-client reads it back.
 *
 * @param code    stable code
 * @param message human-readable explanation; never a stack trace or a class name
 */
public record ChaincodeError(ErrorCode code, String message) {

    public ChaincodeError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
