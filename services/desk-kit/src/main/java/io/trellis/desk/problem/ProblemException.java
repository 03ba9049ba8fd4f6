package io.trellis.desk.problem;

import io.trellis.chaincode.api.ErrorCode;

/** A failure a resource reports directly, e.g. an id missing from the read model. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(ErrorCode code, String detail) {
        super(detail);
        this.problem = Problem.of(code, detail);
    }

    public ProblemException(ServiceCode code, String detail) {
        super(detail);
        this.problem = Problem.of(code, detail);
    }

    public Problem toProblem() {
        return problem;
    }
}
