package io.trellis.chaincode.api;

/** Rejects the current transaction with a stable code; nothing it wrote is committed. */
public class ChaincodeException extends RuntimeException {
    private final ErrorCode code;

    public ChaincodeException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /** Keeps the failure that this rejection stands for, for the logs; the response carries only code and message. */
    public ChaincodeException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public ChaincodeError toError() {
        return new ChaincodeError(code, getMessage());
    }

    public static ChaincodeException invalid(String message) {
        return new ChaincodeException(ErrorCode.INVALID_ARGUMENT, message);
    }

    public static ChaincodeException notAllowed(String message) {
        return new ChaincodeException(ErrorCode.NOT_ALLOWED, message);
    }
}
