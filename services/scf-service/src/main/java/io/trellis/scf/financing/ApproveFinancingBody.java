package io.trellis.scf.financing;

import io.trellis.chaincode.api.financing.TermsOffer;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Body of {@code POST /financings/{id}/approve}: the private terms. They go to the chaincode as transient data
 * (key {@code terms}), never into the public transaction.
 */
public record ApproveFinancingBody(@NotNull Integer rateBps, @NotNull LocalDate valueDate) {

    TermsOffer toOffer() {
        return new TermsOffer(rateBps, valueDate);
    }
}
