package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The servicer report of one payment date, anchored on chain.
 *
 * @param paymentDate        the payment date
 * @param periodStart        the previous payment date, or the issue date for the first period
 * @param collected          cash collected in the period
 * @param carriedIn          cash carried from the previous payment date
 * @param defaultedPrincipal cumulative defaulted principal as of the payment date
 * @param triggerHit         whether the accelerated order applied
 * @param steps              what each step paid, in the order the steps ran
 * @param tranches           each tranche's outstanding principal and arrears after the distribution
 * @param feeArrears         fees still unpaid after the distribution
 * @param carriedOut         cash carried to the next payment date
 * @param documentHash       SHA-256 of the report document, lower-case hex
 */
public record ServicerReport(
        LocalDate paymentDate,
        LocalDate periodStart,
        Money collected,
        Money carriedIn,
        Money defaultedPrincipal,
        boolean triggerHit,
        List<StepAmount> steps,
        List<TrancheBalance> tranches,
        Money feeArrears,
        Money carriedOut,
        String documentHash) {

    public ServicerReport {
        steps = List.copyOf(steps);
        tranches = List.copyOf(tranches);
    }
}
