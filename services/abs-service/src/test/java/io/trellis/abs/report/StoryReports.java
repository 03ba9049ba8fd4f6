package io.trellis.abs.report;

import static io.trellis.abs.report.ReportFormat.amount;
import static io.trellis.abs.report.ReportFormat.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.trellis.abs.support.AbsDesk;
import io.trellis.abs.support.OnLedger;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.InvestorPayout;
import io.trellis.chaincode.api.abs.InvestorPortfolio;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.StepAmount;
import io.trellis.chaincode.api.abs.TrancheBalance;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.testing.parties.Onboarding.Member;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The reports of a finished deal checked against the ledger itself: each servicer report (CSV and PDF) against
 * GetDeal's servicer reports and the investors' portfolios, each investor statement against that investor's
 * portfolio, to the fen; the transaction each report cites is one that wrote the deal. Used by the scenario IT once
 * its story has run.
 */
public final class StoryReports {
    private final AbsDesk desk;
    private final OnLedger ledger;

    public StoryReports(AbsDesk desk, OnLedger ledger) {
        this.desk = desk;
        this.ledger = ledger;
    }

    public void check(String poolId, Member manager, List<Member> investors, List<LocalDate> dates) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> desk.as(manager)
                .get("/deals/" + poolId + "/distributions").then().statusCode(200).body("$", hasSize(dates.size())));
        List<ServicerReport> reports = ledger.deal(manager, poolId).reports();
        List<InvestorPayout> payouts = investors.stream()
                .flatMap(i -> ledger.evaluate(i, TxName.GET_INVESTOR_PORTFOLIO, i.id(), InvestorPortfolio.class)
                        .payouts().stream())
                .filter(p -> p.poolId().equals(poolId)).toList();
        Set<String> dealWrites = Arrays.stream(ledger.evaluate(manager, TxName.GET_HISTORY,
                        new HistoryRequest("abs-deal", List.of(poolId)), KeyChange[].class))
                .map(KeyChange::txId).collect(Collectors.toSet());

        for (LocalDate date : dates) {
            ServicerReport report = reports.stream().filter(r -> r.paymentDate().equals(date)).findFirst().orElseThrow();
            List<InvestorPayout> paid = payouts.stream().filter(p -> p.paymentDate().equals(date)).toList();
            servicerReport(poolId, manager, report, paid, dealWrites);
        }
        for (Member investor : investors) {
            statement(poolId, investor, dates,
                    payouts.stream().filter(p -> p.payout().investorId().equals(investor.id())).toList());
        }
        narrowedForAnInvestor(poolId, investors.get(0), investors.get(1), dates.getFirst(), payouts);
    }

    private void servicerReport(String poolId, Member manager, ServicerReport ledgerReport, List<InvestorPayout> paid,
            Set<String> dealWrites) {
        String path = "/deals/" + poolId + "/reports/" + ledgerReport.paymentDate();
        CsvCells csv = new CsvCells(desk.as(manager).get(path + ".csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asByteArray());

        assertThat(csv.row("Collected in the period").get(1)).isEqualTo(amount(ledgerReport.collected()));
        assertThat(csv.row("Carried in").get(1)).isEqualTo(amount(ledgerReport.carriedIn()));
        assertThat(csv.row("Carried out").get(1)).isEqualTo(amount(ledgerReport.carriedOut()));
        assertThat(csv.row("Fee arrears after the date").get(1)).isEqualTo(amount(ledgerReport.feeArrears()));
        assertThat(csv.row("Cumulative defaulted principal").get(1))
                .isEqualTo(amount(ledgerReport.defaultedPrincipal()));
        assertThat(csv.row("Trigger state").get(1))
                .isEqualTo(ledgerReport.triggerHit() ? "HIT: accelerated order" : "not hit: normal order");
        assertThat(csv.row("Servicer report document (SHA-256)").get(1)).isEqualTo(ledgerReport.documentHash());
        List<List<String>> expectedSteps = new ArrayList<>();
        long stepsTotal = 0;
        for (int i = 0; i < ledgerReport.steps().size(); i++) {
            StepAmount step = ledgerReport.steps().get(i);
            expectedSteps.add(List.of(Integer.toString(i + 1), words(step.step().name()), amount(step.amount())));
            stepsTotal += step.amount().minor();
        }
        String stepsTotalText = amount(Money.of(stepsTotal, ledgerReport.collected().currency()));
        expectedSteps.add(List.of("", "Total", stepsTotalText));
        assertThat(csv.section("Waterfall, in the order the steps ran")).containsExactlyElementsOf(expectedSteps);
        assertThat(csv.section("Tranches")).extracting(r -> List.of(r.get(0), r.get(4), r.get(5)))
                .containsExactlyElementsOf(ledgerReport.tranches().stream().map(StoryReports::balanceCells).toList());
        Money paidOut = paid.stream().map(p -> p.payout().amount()).reduce(Money::plus).orElseThrow();
        assertThat(csv.section("Payouts to investors")).hasSize(paid.size() + 1).last()
                .isEqualTo(List.of("Total", "", "", amount(paidOut)));

        List<String> source = csv.section("Ledger sources").getFirst();
        assertThat(source.get(0)).isEqualTo("Payment date " + ledgerReport.paymentDate()
                + ": servicer report and payouts");
        assertThat(Long.parseLong(source.get(1))).isPositive();
        assertThat(dealWrites).as("the report's transaction wrote the deal").contains(source.get(2));

        String pdf = pdfText(desk.as(manager).get(path + ".pdf").then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf")).extract().asByteArray());
        assertThat(pdf).contains("Collected in the period " + amount(ledgerReport.collected()))
                .contains("Total " + stepsTotalText)
                .contains("Total " + amount(paidOut))
                .contains(source.get(1) + " " + source.get(2));
    }

    private void statement(String poolId, Member investor, List<LocalDate> dates, List<InvestorPayout> own) {
        String path = "/investors/" + investor.id() + "/statement";
        CsvCells csv = new CsvCells(desk.as(investor).queryParam("deal", poolId).get(path + ".csv")
                .then().statusCode(200).extract().asByteArray());
        List<List<String>> expected = new ArrayList<>();
        for (LocalDate date : dates) {
            expected.add(kindCells(date.toString(), own.stream().filter(p -> p.paymentDate().equals(date)).toList()));
        }
        List<String> total = kindCells("Total", own);
        expected.add(total);
        assertThat(csv.section("Totals by payment date")).containsExactlyElementsOf(expected);
        assertThat(csv.section("Payouts")).hasSize(own.size());

        String pdf = pdfText(desk.as(investor).queryParam("deal", poolId).get(path + ".pdf")
                .then().statusCode(200).extract().asByteArray());
        assertThat(pdf).contains(String.join(" ", total));
    }

    /** An investor reads only its own payouts in a servicer report, and not another investor's statement. */
    private void narrowedForAnInvestor(String poolId, Member investor, Member other, LocalDate date,
            List<InvestorPayout> payouts) {
        CsvCells csv = new CsvCells(desk.as(investor).get("/deals/" + poolId + "/reports/" + date + ".csv")
                .then().statusCode(200).extract().asByteArray());
        long own = payouts.stream().filter(p -> p.paymentDate().equals(date))
                .filter(p -> p.payout().investorId().equals(investor.id())).count();
        assertThat(csv.section("Payouts to you")).hasSize((int) own + 1)
                .allSatisfy(row -> assertThat(row.getFirst()).isIn(investor.id(), "Total"));
        assertThat(csv.find("Payouts to investors")).isEmpty();
        desk.as(investor).queryParam("deal", poolId).get("/investors/" + other.id() + "/statement.pdf")
                .then().statusCode(403).body("code", equalTo("NOT_ALLOWED"));
    }

    private static List<String> kindCells(String label, List<InvestorPayout> payouts) {
        List<String> cells = new ArrayList<>(List.of(label));
        long total = 0;
        for (PayoutKind kind : PayoutKind.values()) {
            long sum = payouts.stream().filter(p -> p.payout().kind() == kind)
                    .mapToLong(p -> p.payout().amount().minor()).sum();
            cells.add(amount(Money.of(sum, "CNY")));
            total += sum;
        }
        cells.add(amount(Money.of(total, "CNY")));
        return cells;
    }

    private static List<String> balanceCells(TrancheBalance balance) {
        return List.of(words(balance.trancheClass().name()), amount(balance.outstandingPrincipal()),
                amount(balance.interestArrears()));
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
