package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A deal's structure: frozen once subscription opens, except for resizing an undersubscribed tranche.
 *
 * @param poolPrincipal      the pool's principal when the deal is structured; tranches may not exceed it and the
 *                           default trigger is measured against it
 * @param tranches           one senior, at most one mezzanine and one subordinated tranche
 * @param feesPerPaymentDate fixed fees (trustee, servicer) due on every payment date
 * @param issueDate          the date interest starts to accrue
 * @param paymentDates       strictly increasing, all after the issue date
 * @param defaultTriggerBp   cumulative defaulted principal above this share of pool principal switches the
 *                           waterfall to accelerated order for good
 */
public record DealStructure(
        Money poolPrincipal,
        List<TrancheTerms> tranches,
        Money feesPerPaymentDate,
        LocalDate issueDate,
        List<LocalDate> paymentDates,
        int defaultTriggerBp) {

    public DealStructure {
        tranches = tranches == null ? null : List.copyOf(tranches);
        paymentDates = paymentDates == null ? null : List.copyOf(paymentDates);
    }

    /** The same structure measured against another pool principal (the pool as it is when subscription opens). */
    public DealStructure withPoolPrincipal(Money principal) {
        return new DealStructure(principal, tranches, feesPerPaymentDate, issueDate, paymentDates, defaultTriggerBp);
    }

    public String currency() {
        return poolPrincipal.currency();
    }

    public Optional<TrancheTerms> tranche(TrancheClass trancheClass) {
        return tranches.stream().filter(t -> t.trancheClass() == trancheClass).findFirst();
    }
}
