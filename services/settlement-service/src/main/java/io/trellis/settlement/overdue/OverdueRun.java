package io.trellis.settlement.overdue;

import java.time.LocalDate;

/**
 * What one run of the overdue job did.
 *
 * @param businessDate the date the job judged by (the chaincode judges again, by its transaction's date)
 * @param graceDays    the grace after maturity, from the chaincode's configuration
 * @param examined     payable vouchers looked at
 * @param marked       vouchers the chaincode marked OVERDUE in this run
 * @param declined     candidates the chaincode did not mark (not yet past grace by its clock, or changed meanwhile)
 */
public record OverdueRun(LocalDate businessDate, int graceDays, int examined, int marked, int declined) {
}
