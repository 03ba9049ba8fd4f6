package io.trellis.scf.problem;

import io.trellis.chaincode.api.ErrorCode;

/** A failure a resource reports directly, e.g. an id missing from the read model. */
public final class ProblemException extends RuntimeException {
    private final ErrorCode code;

    public ProblemException(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public Problem toProblem() {
        return Problem.of(code, getMessage());
    }
}
