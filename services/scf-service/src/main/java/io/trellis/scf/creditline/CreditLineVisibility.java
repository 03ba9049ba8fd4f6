package io.trellis.scf.creditline;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.Viewer;

/** Who sees which credit lines: auditors and operators all, a financier the lines it granted, a core its own. */
final class CreditLineVisibility {

    private CreditLineVisibility() {
    }

    /** Conditions of a listing; null means any. */
    record Scope(String financierId, String obligorId) {
    }

    static Scope listing(Viewer viewer, String financier, String obligor) {
        if (viewer.seesAll()) {
            return new Scope(financier, obligor);
        }
        if (viewer.has(Viewer.FINANCIER)) {
            return new Scope(viewer.ownParty(financier), obligor);
        }
        if (viewer.has(Viewer.CORE_ENTERPRISE)) {
            return new Scope(financier, viewer.ownParty(obligor));
        }
        throw new ProblemException(ErrorCode.NOT_ALLOWED,
                "credit lines are for their financier, their core enterprise and auditors");
    }
}
