package io.trellis.scf.voucher;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.Viewer;
import io.trellis.desk.security.VisibleRows;

/**
 * Who sees which vouchers: auditors all; the party holding it now and its obligor, and the operators of their
 * organisations. A holder's list is for the holder (and its operator); a core enterprise may narrow what it owes
 * to one holder. The whole tree under a root is the obligor's see-through view, and auditors', never an operator's.
 */
final class VoucherVisibility {
    static final String HOLDER = "holderId";
    static final String OBLIGOR = "obligorId";

    private VoucherVisibility() {
    }

    /** Conditions of a listing: the holder asked for (null: any), the obligor it is narrowed to, visible rows. */
    record Scope(String holderId, String obligorId, Condition visible) {
    }

    /**
     * The listing {@code viewer} may have when asking for {@code holder} (null: not asked): without a holder, each
     * voucher it may see; a holder's list only for who speaks for that holder, or a core for what it owes there.
     */
    static Scope listing(Viewer viewer, String holder) {
        if (holder == null) {
            return new Scope(null, null, VisibleRows.naming(viewer, HOLDER, OBLIGOR));
        }
        if (viewer.seesAll() || viewer.speaksFor(holder)) {
            return new Scope(holder, null, Condition.ALL);
        }
        if (viewer.has(Viewer.CORE_ENTERPRISE)) {
            return new Scope(holder, viewer.ownParty(null), Condition.ALL);
        }
        throw new ProblemException(ErrorCode.NOT_ALLOWED,
                "only the holder, its operator, a core for what it owes and auditors may list a holder's vouchers");
    }

    static boolean canSee(Viewer viewer, VoucherView voucher) {
        return viewer.sees(voucher.holderId, voucher.obligorId);
    }

    static boolean canSeeLineage(Viewer viewer, VoucherView voucher) {
        return viewer.seesAll() || viewer.is(voucher.obligorId);
    }
}
