package io.trellis.settlement.reconciliation;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.trellis.chaincode.api.DecimalAmount;
import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the per-date reconciliation of instructed against confirmed payouts from the payout table. */
final class Reconciliation {

    private Reconciliation() {
    }

    /** Days between {@code from} and {@code to} (inclusive) that had instructions, of the payouts in {@code scope}. */
    static List<DayReconciliation> between(LocalDate from, LocalDate to, PayoutScope scope) {
        String query = "instructedOn between :from and :to" + scope.where();
        Parameters parameters = Parameters.with("from", from).and("to", to);
        if (scope.bankId() != null) {
            parameters = parameters.and("bank", scope.bankId());
        }
        List<PayoutRecord> rows = PayoutRecord.<PayoutRecord>find(query, Sort.by("instructedOn").and("payoutId"), parameters).list();
        Map<String, List<PayoutRecord>> byDayAndCurrency = rows.stream()
                .collect(Collectors.groupingBy(r -> r.instructedOn + "|" + r.currency, TreeMap::new, Collectors.toList()));
        List<DayReconciliation> days = new ArrayList<>();
        byDayAndCurrency.values().forEach(day -> days.add(summarise(day)));
        return days;
    }

    private static DayReconciliation summarise(List<PayoutRecord> day) {
        PayoutRecord first = day.get(0);
        long instructed = 0;
        long confirmed = 0;
        int confirmedCount = 0;
        List<PayoutLine> missing = new ArrayList<>();
        for (PayoutRecord row : day) {
            instructed = Math.addExact(instructed, row.amountMinor);
            if (row.confirmed()) {
                confirmed = Math.addExact(confirmed, row.amountMinor);
                confirmedCount++;
            } else {
                missing.add(line(row));
            }
        }
        return new DayReconciliation(first.instructedOn, first.currency, day.size(), text(instructed, first.currency),
                confirmedCount, text(confirmed, first.currency), missing);
    }

    private static PayoutLine line(PayoutRecord row) {
        return new PayoutLine(row.payoutId, row.paymentId, row.bankId, row.voucherId, row.payeeId, row.poolId,
                text(row.amountMinor, row.currency), row.currency, row.bankReference);
    }

    private static String text(long minor, String currency) {
        return DecimalAmount.format(Money.of(minor, currency));
    }
}
