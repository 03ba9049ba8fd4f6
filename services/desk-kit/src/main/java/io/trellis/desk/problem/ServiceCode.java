package io.trellis.desk.problem;

import io.trellis.chaincode.api.ErrorKind;

/**
 * Stable codes of failures that only this service can meet (the chaincode never sees the request). They share
 * {@link ErrorKind} with the chaincode's codes, so one kind maps to one HTTP status. Never rename a constant.
 */
public enum ServiceCode {
    /** The token's party has no Fabric identity in this service's wallet: this organisation does not host it. */
    PARTY_IDENTITY_NOT_HOSTED(ErrorKind.FORBIDDEN),
    /** The Idempotency-Key was used before by the same party for another method, path or body. */
    IDEMPOTENCY_KEY_REUSED(ErrorKind.RULE_BROKEN),
    /** The first request with this Idempotency-Key has not been answered yet: retry later. */
    IDEMPOTENCY_KEY_IN_FLIGHT(ErrorKind.CONFLICT),
    /** No endpoint at this path (for this method): the request names nothing this service offers. */
    RESOURCE_NOT_FOUND(ErrorKind.NOT_FOUND);

    private final ErrorKind kind;

    ServiceCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
