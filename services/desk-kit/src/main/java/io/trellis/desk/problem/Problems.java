package io.trellis.desk.problem;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.ledger.LedgerException;
import io.trellis.ledger.LedgerOutcomeUnknownException;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The one translation of a failure into a problem: used by the exception mappers and by the desk, which must
 * know the answer before it is sent (to keep it for an idempotent replay).
 */
public final class Problems {
    private static final Logger LOG = Logger.getLogger(Problems.class);

    private Problems() {
    }

    /** The problem for a failure this service knows how to report; empty for an unexpected one. */
    public static Optional<Problem> of(Throwable failure) {
        return switch (failure) {
            case ProblemException e -> Optional.of(e.toProblem());
            case JsonCodec.MalformedJsonException e -> Optional.of(Problem.of(ErrorCode.INVALID_ARGUMENT, e.getMessage()));
            case LedgerException e -> Optional.of(ledger(e));
            default -> Optional.empty();
        };
    }

    private static Problem ledger(LedgerException e) {
        String transactionId = e instanceof LedgerOutcomeUnknownException unknown ? unknown.transactionId() : null;
        if (e.code().kind().httpStatus() >= 500) {
            LOG.warnf(e, "ledger call failed: %s", e.getMessage());
        }
        return Problem.of(e.code(), e.getMessage(), transactionId);
    }
}
