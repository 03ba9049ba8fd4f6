package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What one payment date hands to the next.
 *
 * @param lastPaymentDate   the previous payment date, or the issue date before the first
 * @param triggerHit        whether the default trigger has hit; once true it stays true
 * @param feeArrears        fees due but unpaid, paid first next time
 * @param carried           cash left after the last distribution, added to the next one
 * @param tranches          each tranche's outstanding principal and interest arrears, most senior first
 */
public record WaterfallState(
        LocalDate lastPaymentDate,
        boolean triggerHit,
        Money feeArrears,
        Money carried,
        List<TrancheBalance> tranches) {

    public WaterfallState {
        tranches = List.copyOf(tranches);
    }

    /** True once every tranche's principal is repaid: the deal has matured. */
    public boolean repaid() {
        return tranches.stream().allMatch(t -> t.outstandingPrincipal().isZero());
    }
}
