package io.trellis.settlement.reconciliation;

import java.time.LocalDate;
import java.util.List;

/**
 * One business date's payouts: how many were instructed and confirmed, and which instructed ones no bank has
 * confirmed yet. Totals are decimal strings in {@code currency}.
 */
public record DayReconciliation(LocalDate date, String currency, int instructedCount, String instructedTotal,
        int confirmedCount, String confirmedTotal, List<PayoutLine> missing) {
}
