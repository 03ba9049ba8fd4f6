package io.trellis.scf.voucher;

import io.trellis.scf.security.Viewer;

/**
 * Who sees which vouchers: auditors and operators all; a core enterprise those it is the obligor of; any other
 * party those it holds now. The whole tree under a root is the obligor's see-through view, and auditors'.
 */
final class VoucherVisibility {

    private VoucherVisibility() {
    }

    /** Conditions of a listing; null means any. */
    record Scope(String holderId, String obligorId) {
    }

    /**
     * The listing {@code viewer} may have when asking for {@code holder} (null: not asked). A holder other than
     * itself is refused for a holding party; a core may narrow its own obligations to one holder.
     */
    static Scope listing(Viewer viewer, String holder) {
        if (viewer.seesAll()) {
            return new Scope(holder, null);
        }
        if (viewer.has(Viewer.CORE_ENTERPRISE)) {
            return new Scope(holder, viewer.ownParty(null));
        }
        return new Scope(viewer.ownParty(holder), null);
    }

    static boolean canSee(Viewer viewer, VoucherView voucher) {
        return viewer.sees(voucher.holderId, voucher.obligorId);
    }

    static boolean canSeeLineage(Viewer viewer, VoucherView voucher) {
        return viewer.has(Viewer.AUDITOR) || viewer.is(voucher.obligorId);
    }
}
