package io.trellis.scf.creditline;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.Viewer;
import io.trellis.desk.security.VisibleRows;

/**
 * Who sees which credit lines: auditors all, a financier the lines it granted, a core its own, an operator those
 * whose financier or obligor its organisation hosts.
 */
final class CreditLineVisibility {

    private CreditLineVisibility() {
    }

    /** Conditions of a listing: the filters asked (null means any) and the rows the viewer may see. */
    record Scope(String financierId, String obligorId, Condition visible) {
    }

    static Scope listing(Viewer viewer, String financier, String obligor) {
        if (viewer.seesAll()) {
            return new Scope(financier, obligor, Condition.ALL);
        }
        if (viewer.has(Viewer.FINANCIER)) {
            return new Scope(viewer.ownParty(financier), obligor, Condition.ALL);
        }
        if (viewer.has(Viewer.CORE_ENTERPRISE)) {
            return new Scope(financier, viewer.ownParty(obligor), Condition.ALL);
        }
        if (viewer.has(Viewer.OPERATOR)) {
            // Either filter narrows the operator's own lines; another org's party simply finds none.
            return new Scope(financier, obligor, VisibleRows.naming(viewer, "financierId", "obligorId"));
        }
        throw new ProblemException(ErrorCode.NOT_ALLOWED,
                "credit lines are for their financier, their core enterprise, their operators and auditors");
    }
}
