package io.trellis.abs.report;

import static io.trellis.abs.report.ReportFormat.amount;
import static io.trellis.abs.report.ReportFormat.amountHeading;
import static io.trellis.abs.report.ReportFormat.words;

import io.trellis.abs.readmodel.DealSummary;
import io.trellis.abs.readmodel.DistributionDto;
import io.trellis.abs.readmodel.TrancheDto;
import io.trellis.abs.report.ReportTable.Column;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.WaterfallStep;
import java.util.List;
import java.util.Optional;

/**
 * The servicer report of one payment date, from the figures the ledger recorded (ServicerReportRecorded and the
 * date's InvestorPayoutInstructed): collections, each waterfall step in the order it ran, each tranche's balance and
 * arrears, the trigger state, the payouts the reader may see, and the transactions they came from. Totals are sums
 * of those figures; nothing is computed apart from the ledger.
 */
public final class ServicerReportDocument {

    private ServicerReportDocument() {
    }

    /**
     * @param previous      the payment date before, whose balances the tranches start from; empty for the first
     * @param everyInvestor whether the payouts shown are every investor's (else only the reader's own)
     */
    public static ReportDocument of(DealSummary deal, DistributionDto date, Optional<DistributionDto> previous,
            boolean everyInvestor) {
        LedgerSources sources = new LedgerSources()
                .cite("Payment date " + date.paymentDate() + ": servicer report and payouts", date.blockNumber(),
                        date.transactionId())
                .cite("Deal structured", deal.structuredBlockNumber(), deal.structuredTransactionId())
                .cite("Pool created", deal.blockNumber(), deal.transactionId());
        previous.ifPresent(p -> sources.cite("Payment date " + p.paymentDate() + ": balances carried into this date",
                p.blockNumber(), p.transactionId()));
        String currency = deal.poolPrincipal().currency();
        return new ReportDocument("Servicer report: deal " + deal.poolId() + ", payment date " + date.paymentDate(),
                List.of(facts(deal, date, sources), cash(date, currency), waterfall(date, currency),
                        tranches(deal, date, previous, currency), payouts(date, everyInvestor, currency),
                        sources.table()));
    }

    private static ReportTable facts(DealSummary deal, DistributionDto date, LedgerSources sources) {
        return ReportTable.of("Deal", Column.text("Field"), Column.text("Value"))
                .row("Deal", deal.poolId())
                .row("Manager", deal.managerId())
                .row("Originator", deal.originatorId())
                .row("Status now", deal.status())
                .row("Payment date", date.paymentDate().toString())
                .row("Period", date.periodStart() + " to " + date.paymentDate())
                .row("Currency", deal.poolPrincipal().currency())
                .row("Default trigger", deal.defaultTriggerBp() == null ? "none"
                        : ReportFormat.percent(deal.defaultTriggerBp()) + " of the pool principal "
                                + amount(deal.poolPrincipal()))
                .row("Trigger state", date.triggerHit() ? "HIT: accelerated order" : "not hit: normal order")
                .row("Servicer report document (SHA-256)", date.documentHash())
                .row("Built from the ledger up to block", Long.toString(sources.asOfBlock()))
                .build();
    }

    private static ReportTable cash(DistributionDto date, String currency) {
        long fees = date.steps().stream().filter(s -> s.step().equals(WaterfallStep.FEES.name()))
                .mapToLong(s -> s.amount().minor()).sum();
        long toTranches = date.steps().stream().filter(s -> !s.step().equals(WaterfallStep.FEES.name()))
                .mapToLong(s -> s.amount().minor()).sum();
        return ReportTable.of("Collections and cash", Column.text("Item"), Column.number(amountHeading("Amount", currency)))
                .row("Collected in the period", amount(date.collected()))
                .row("Carried in", amount(date.carriedIn()))
                .row("Available", amount(Money.of(date.collected().minor() + date.carriedIn().minor(), currency)))
                .row("Fees paid", amount(Money.of(fees, currency)))
                .row("Paid to the tranches", amount(Money.of(toTranches, currency)))
                .row("Carried out", amount(date.carriedOut()))
                .row("Fee arrears after the date", amount(date.feeArrears()))
                .row("Cumulative defaulted principal", amount(date.defaultedPrincipal()))
                .build();
    }

    private static ReportTable waterfall(DistributionDto date, String currency) {
        ReportTable.Builder table = ReportTable.of("Waterfall, in the order the steps ran", Column.number("#"),
                Column.text("Step"), Column.number(amountHeading("Paid", currency)));
        long total = 0;
        for (int i = 0; i < date.steps().size(); i++) {
            DistributionDto.Step step = date.steps().get(i);
            table.row(Integer.toString(i + 1), words(step.step()), amount(step.amount()));
            total += step.amount().minor();
        }
        return table.row("", "Total", amount(Money.of(total, currency))).build();
    }

    private static ReportTable tranches(DealSummary deal, DistributionDto date, Optional<DistributionDto> previous,
            String currency) {
        ReportTable.Builder table = ReportTable.of("Tranches", Column.text("Tranche"), Column.number("Coupon"),
                Column.number(amountHeading("Principal", currency)),
                Column.number(amountHeading("Outstanding before", currency)),
                Column.number(amountHeading("Outstanding after", currency)),
                Column.number(amountHeading("Interest arrears after", currency)));
        for (DistributionDto.Balance balance : date.tranches()) {
            TrancheDto terms = deal.tranches().stream()
                    .filter(t -> t.trancheClass().equals(balance.trancheClass())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("deal " + deal.poolId() + " reports tranche "
                            + balance.trancheClass() + " it has not structured"));
            Money before = previous.flatMap(p -> p.tranches().stream()
                            .filter(b -> b.trancheClass().equals(balance.trancheClass())).findFirst())
                    .map(DistributionDto.Balance::outstandingPrincipal)
                    .orElse(terms.principal());
            table.row(words(balance.trancheClass()), ReportFormat.percent(terms.couponBp()), amount(terms.principal()),
                    amount(before), amount(balance.outstandingPrincipal()), amount(balance.interestArrears()));
        }
        return table.build();
    }

    private static ReportTable payouts(DistributionDto date, boolean everyInvestor, String currency) {
        ReportTable.Builder table = ReportTable.of(everyInvestor ? "Payouts to investors" : "Payouts to you",
                Column.text("Investor"), Column.text("Tranche"), Column.text("Kind"),
                Column.number(amountHeading("Amount", currency)));
        long total = 0;
        for (DistributionDto.Payout payout : date.payouts()) {
            table.row(payout.investorId(), words(payout.trancheClass()), words(payout.kind()), amount(payout.amount()));
            total += payout.amount().minor();
        }
        return table.row("Total", "", "", amount(Money.of(total, currency))).build();
    }
}
