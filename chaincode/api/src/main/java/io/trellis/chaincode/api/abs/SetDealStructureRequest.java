package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/** Arguments of {@code SetDealStructure}; the pool principal comes from the pool itself. */
public record SetDealStructureRequest(String poolId, List<TrancheTerms> tranches, Money feesPerPaymentDate,
        LocalDate issueDate, List<LocalDate> paymentDates, int defaultTriggerBp) {
}
