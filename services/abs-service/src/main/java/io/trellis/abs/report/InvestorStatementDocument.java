package io.trellis.abs.report;

import static io.trellis.abs.report.ReportFormat.amount;
import static io.trellis.abs.report.ReportFormat.amountHeading;
import static io.trellis.abs.report.ReportFormat.words;

import io.trellis.abs.readmodel.DealSummary;
import io.trellis.abs.readmodel.DistributionDto;
import io.trellis.abs.readmodel.HoldingDto;
import io.trellis.abs.readmodel.TrancheDto;
import io.trellis.abs.report.ReportTable.Column;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.PayoutKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One investor's statement in one deal, from the ledger's figures: its holdings (HoldingsIssued), every payout
 * instructed to it (InvestorPayoutInstructed) with totals per payment date and kind, and after each date the balance,
 * arrears and trigger state of the tranches it holds (ServicerReportRecorded); with the transactions they came from.
 */
public final class InvestorStatementDocument {

    private InvestorStatementDocument() {
    }

    /** @param distributions every payment date run so far, in date order; payouts to others are left out here */
    public static ReportDocument of(DealSummary deal, String investorId, List<HoldingDto> holdings,
            List<DistributionDto> distributions) {
        String currency = deal.poolPrincipal().currency();
        List<HoldingDto> own = holdings.stream().filter(h -> h.investorId().equals(investorId)).toList();
        LedgerSources sources = new LedgerSources();
        own.forEach(h -> sources.cite("Holdings issued", h.blockNumber(), h.transactionId()));
        distributions.forEach(d -> sources.cite("Payment date " + d.paymentDate() + ": servicer report and payouts",
                d.blockNumber(), d.transactionId()));
        sources.cite("Deal structured", deal.structuredBlockNumber(), deal.structuredTransactionId());
        return new ReportDocument("Investor statement: investor " + investorId + ", deal " + deal.poolId(),
                List.of(facts(deal, investorId, distributions, sources), holdings(deal, own, currency),
                        payouts(investorId, distributions, currency), totals(investorId, distributions, currency),
                        balances(own, distributions, currency), sources.table()));
    }

    private static ReportTable facts(DealSummary deal, String investorId, List<DistributionDto> distributions,
            LedgerSources sources) {
        return ReportTable.of("Statement", Column.text("Field"), Column.text("Value"))
                .row("Investor", investorId)
                .row("Deal", deal.poolId())
                .row("Manager", deal.managerId())
                .row("Status now", deal.status())
                .row("Currency", deal.poolPrincipal().currency())
                .row("Payment dates run", distributions.size() + " of " + deal.paymentDates().size())
                .row("Trigger state now", deal.triggerHit() ? "HIT: accelerated order" : "not hit: normal order")
                .row("Built from the ledger up to block", Long.toString(sources.asOfBlock()))
                .build();
    }

    private static ReportTable holdings(DealSummary deal, List<HoldingDto> own, String currency) {
        ReportTable.Builder table = ReportTable.of("Holdings", Column.text("Tranche"), Column.number("Coupon"),
                Column.number("Units"), Column.number(amountHeading("Face value", currency)));
        long face = 0;
        for (HoldingDto holding : own) {
            int coupon = deal.tranches().stream().filter(t -> t.trancheClass().equals(holding.trancheClass()))
                    .mapToInt(TrancheDto::couponBp).findFirst().orElse(0);
            table.row(words(holding.trancheClass()), ReportFormat.percent(coupon), Long.toString(holding.units()),
                    amount(holding.face()));
            face += holding.face().minor();
        }
        return table.row("Total", "", "", amount(Money.of(face, currency))).build();
    }

    private static ReportTable payouts(String investorId, List<DistributionDto> distributions, String currency) {
        ReportTable.Builder table = ReportTable.of("Payouts", Column.text("Payment date"), Column.text("Tranche"),
                Column.text("Kind"), Column.number(amountHeading("Amount", currency)), Column.number("Block"));
        distributions.forEach(d -> own(d, investorId).forEach(p -> table.row(d.paymentDate().toString(),
                words(p.trancheClass()), words(p.kind()), amount(p.amount()), Long.toString(p.blockNumber()))));
        return table.build();
    }

    private static ReportTable totals(String investorId, List<DistributionDto> distributions, String currency) {
        List<Column> columns = new ArrayList<>(List.of(Column.text("Payment date")));
        Arrays.stream(PayoutKind.values())
                .forEach(kind -> columns.add(Column.number(amountHeading(words(kind.name()), currency))));
        columns.add(Column.number(amountHeading("Total", currency)));
        ReportTable.Builder table = ReportTable.of("Totals by payment date", columns.toArray(Column[]::new));
        long[] overall = new long[PayoutKind.values().length];
        for (DistributionDto date : distributions) {
            long[] byKind = new long[PayoutKind.values().length];
            own(date, investorId).forEach(p -> byKind[PayoutKind.valueOf(p.kind()).ordinal()] += p.amount().minor());
            for (int k = 0; k < byKind.length; k++) {
                overall[k] += byKind[k];
            }
            table.row(kindCells(date.paymentDate().toString(), byKind, currency));
        }
        return table.row(kindCells("Total", overall, currency)).build();
    }

    /** After each date, the tranches the investor holds: what they are still owed, and the trigger state. */
    private static ReportTable balances(List<HoldingDto> own, List<DistributionDto> distributions, String currency) {
        Set<String> held = own.stream().map(HoldingDto::trancheClass).collect(Collectors.toSet());
        ReportTable.Builder table = ReportTable.of("Your tranches after each payment date", Column.text("Payment date"),
                Column.text("Tranche"), Column.number(amountHeading("Outstanding principal", currency)),
                Column.number(amountHeading("Interest arrears", currency)), Column.text("Trigger"));
        for (DistributionDto date : distributions) {
            date.tranches().stream().filter(b -> held.contains(b.trancheClass())).forEach(b -> table.row(
                    date.paymentDate().toString(), words(b.trancheClass()), amount(b.outstandingPrincipal()),
                    amount(b.interestArrears()), date.triggerHit() ? "hit" : "not hit"));
        }
        return table.build();
    }

    private static List<DistributionDto.Payout> own(DistributionDto date, String investorId) {
        return date.payouts().stream().filter(p -> p.investorId().equals(investorId)).toList();
    }

    private static String[] kindCells(String label, long[] byKind, String currency) {
        long total = 0;
        String[] cells = new String[byKind.length + 2];
        cells[0] = label;
        for (int k = 0; k < byKind.length; k++) {
            cells[k + 1] = amount(Money.of(byKind[k], currency));
            total += byKind[k];
        }
        cells[byKind.length + 1] = amount(Money.of(total, currency));
        return cells;
    }
}
