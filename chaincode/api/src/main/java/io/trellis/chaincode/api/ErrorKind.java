package io.trellis.chaincode.api;

/** What kind of failure an {@link ErrorCode} is; services map each kind to one HTTP status. */
public enum ErrorKind {
    /** The request itself is malformed: missing or badly formed fields. */
    MALFORMED(400),
    /** The caller may not perform this transaction. */
    FORBIDDEN(403),
    /** A referenced aggregate does not exist. */
    NOT_FOUND(404),
    /** The aggregate's current state does not allow the transaction (e.g. already registered). */
    CONFLICT(409),
    /** A business rule is broken (e.g. a split larger than the balance). */
    RULE_BROKEN(422),
    /** The ledger could not be reached or did not answer in time; nothing is known to have changed. */
    UNAVAILABLE(503),
    /** An unexpected failure; details are in the logs under the transaction id, never in the response. */
    INTERNAL(500);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
