package io.trellis.portal.backend;

/**
 * A service refused or failed a call: its HTTP status and the stable problem code of its problem+json answer
 * ({@code INVOICE_STATE_CONFLICT} …). Pages turn it into a sentence ({@code ProblemSentences}), never show it raw.
 */
public final class ServiceProblem extends RuntimeException {
    /** Code of a service that did not answer at all. */
    public static final String UNREACHABLE = "SERVICE_UNREACHABLE";

    private final int status;
    private final String code;

    public ServiceProblem(int status, String code, String detail) {
        super(code + " (" + status + "): " + detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public boolean notFound() {
        return status == 404;
    }
}
