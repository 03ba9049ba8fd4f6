package io.trellis.abs.stress;

import io.trellis.chaincode.api.abs.DealStructure;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The deal's payment dates as slots for cash: slot 0 is cash in hand at issue (it joins the first payment date,
 * as the chaincode carries pre-issue collections), slot i the cash collected after payment date i-1 up to and
 * including payment date i. Cash that comes after the last payment date is never distributed.
 */
final class PaymentSchedule {
    private final LocalDate issueDate;
    private final List<LocalDate> dates;

    PaymentSchedule(DealStructure structure) {
        this.issueDate = structure.issueDate();
        this.dates = structure.paymentDates();
    }

    int size() {
        return dates.size();
    }

    /** Payment date {@code index}, 0-based. */
    LocalDate date(int index) {
        return dates.get(index);
    }

    /** The slot that cash collected on {@code day} falls in; {@link #size()} + 1 when it comes too late. */
    int slotOf(LocalDate day) {
        if (!day.isAfter(issueDate)) {
            return 0;
        }
        for (int i = 0; i < dates.size(); i++) {
            if (!day.isAfter(dates.get(i))) {
                return i + 1;
            }
        }
        return dates.size() + 1;
    }

    /** Days from issue to payment date {@code index}: the life of principal repaid on it. */
    long daysFromIssue(int index) {
        return ChronoUnit.DAYS.between(issueDate, dates.get(index));
    }
}
