package io.trellis.portal.desk.bank;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.portal.browser.Browser;
import io.trellis.portal.browser.Portal;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;
import io.trellis.testing.parties.Onboarding;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bank's desk in Chromium, as a fresh bank's credit officer: grants a line through the page, finds the
 * supplier's financing request, is refused a value date on the maturity day (a sentence), approves at 4.35% and
 * reads the ledger's terms to the fen, confirms the disbursement, sees its book by obligor and month summed exactly,
 * and its settlements. Another bank (the demo bank) gets the not-found page for that financing, a supplier no bank
 * desk at all.
 */
class BankDeskIT {
    private static final String SCF = "http://127.0.0.1:" + System.getenv().getOrDefault("SCF_SERVICE_PORT", "8081");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    private static final LocalDate MATURITY = TODAY.plusDays(180);
    private static final Duration LEDGER = Duration.ofSeconds(30);
    private static final String OTHER_BANK = "bank1";

    private static Onboarding onboarding;
    private static Onboarding.Member bank;
    private static Onboarding.Member core;
    private static Onboarding.Member supplier;

    private final URI portal = Portal.onStack();

    @BeforeAll
    static void freshParties() {
        onboarding = Onboarding.viaStack("ui-bank-");
        bank = onboarding.join(PartyRole.FINANCIER, Org.BANK);
        core = onboarding.join(PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        supplier = onboarding.join(PartyRole.SUPPLIER, Org.PLATFORM);
    }

    @AfterAll
    static void removeUsers() {
        onboarding.close();
    }

    @Test
    void a_credit_officer_grants_a_line_approves_a_request_at_a_rate_disburses_it_and_sees_the_book_to_the_fen() {
        try (Browser browser = Browser.start()) {
            Portal officer = new Portal(browser, portal).open("/bank/credit-lines").signIn(bank.username());
            officer.fill("#line-obligor", core.id()).fill("#line-limit", "10000000.00");
            officer.submitAndAwaitLedger("#grant-line button[type=submit]");
            officer.awaitText(row("data-obligor", core.id()) + " [data-field=available]", "¥10,000,000.00");

            // The supplier side, arranged on scf-service: an 812,345.67 voucher split in two, both offered to the bank.
            List<String> parts = splitVoucher("812345.67", "500000.00", "312345.67");
            String financingId = applyFinancing(parts.get(1));
            String financedByRest = applyFinancing(parts.get(0));

            if (listsDeployed()) {
                officer.open("/bank")
                        .awaitText(row("data-financing", financingId) + " [data-field=face]", "¥312,345.67");
                officer.screenshot("bank-home");
                officer.find(row("data-financing", financingId) + " a.decide").click();
            } else {
                officer.open("/bank/financings/" + financingId);
            }
            assertThat(officer.text("#financing-face")).isEqualTo("¥312,345.67");
            assertThat(officer.text("#financing-obligor")).isEqualTo("CORE_ENTERPRISE " + core.id());

            // Proceeds must be paid before maturity: a value date on the maturity day is refused, in a sentence.
            officer.fill("#rate", "4.35").fill("#value-date", MATURITY.toString());
            assertThat(officer.submitAndAwaitRefusal("#approve"))
                    .isEqualTo(MessageCatalog.get().text(Lang.ZH, "problem.INVALID_FINANCING_TERMS"));

            officer.fill("#value-date", TODAY.toString());
            officer.submitAndAwaitLedger("#approve button[type=submit]");
            // 31,234,567 fen x 435 bp x 180 days / (10,000 x 360) = 679,351.83 → 679,352 fen (half up);
            // proceeds 31,234,567 - 679,352 = 30,555,215 fen.
            officer.awaitText("#terms [data-field=interest]", "¥6,793.52");
            assertThat(officer.text("#terms [data-field=proceeds]")).isEqualTo("¥305,552.15");
            assertThat(officer.text("#terms [data-field=days]")).isEqualTo("180");
            assertThat(officer.text("#terms [data-field=rate]")).isEqualTo("4.35% (435 bp)");
            officer.screenshot("bank-financing");

            officer.fill("#payment-id", "PAY-UI-" + hex(6));
            submitAndAwaitNextRecord(officer, "#disburse button[type=submit]");
            officer.awaitText("#financing-status", MessageCatalog.get().text(Lang.ZH, "bank_status_DISBURSED"));

            // The other part goes through the desk's REST directly: the book then sums both.
            RequestSpecification asBank = onboarding.as(bank, SCF);
            asBank.body("{\"rateBps\":400,\"valueDate\":\"" + TODAY + "\"}")
                    .post("/financings/" + financedByRest + "/approve").then().statusCode(200);
            onboarding.as(bank, SCF).body("{\"paymentId\":\"PAY-UI-" + hex(6) + "\"}")
                    .post("/financings/" + financedByRest + "/disbursement").then().statusCode(200);

            officer.open("/bank/portfolio");
            String coreRow = row("data-obligor", core.id());
            officer.awaitText(coreRow + " [data-field=total]", "¥812,345.67");
            assertThat(officer.text("#book-total-CNY")).isEqualTo("¥812,345.67");
            assertThat(officer.text(coreRow + " td:nth-child(2)")).isEqualTo("2");
            assertThat(officer.find("th[data-month='" + MATURITY.toString().substring(0, 7) + "']")).isNotNull();
            assertThat(officer.all("#portfolio-chart")).hasSize(1);
            officer.screenshot("bank-portfolio");

            officer.open("/bank/settlement");
            if (listsDeployed()) {
                // A fresh bank has posted no payment yet: none of another bank's payouts shows here.
                assertThat(officer.all("#no-payouts")).hasSize(1);
            }
            officer.screenshot("bank-settlement");

            // Another bank (the demo bank) finds no such financing, even by its address.
            officer.signOut().open("/bank/financings/" + financingId).signIn(OTHER_BANK);
            assertThat(officer.find("#problem").getAttribute("data-status")).isEqualTo("404");
            officer.signOut().open("/bank").signIn(supplier.username());
            assertThat(officer.find("#problem").getAttribute("data-status")).isEqualTo("403");
        }
    }

    private static String row(String attribute, String value) {
        return "tr[" + attribute + "='" + value + "']";
    }

    /** Whether the stack's scf-service already serves the desks' lists (GET /financings, /settlements). */
    private static boolean listsDeployed() {
        return onboarding.as(bank, SCF).get("/financings").statusCode() == 200;
    }

    /** An invoice, its confirmation, a voucher against it, its acceptance and its split: the parts' ids. */
    private static List<String> splitVoucher(String amount, String... parts) {
        String invoiceId = onboarding.as(supplier, SCF).body("{\"buyerId\":\"" + core.id()
                        + "\",\"invoiceCode\":\"3100261130\",\"invoiceNumber\":\"" + (10_000_000 + ThreadLocalRandom
                        .current().nextInt(80_000_000)) + "\",\"amount\":{\"amount\":\"" + amount
                        + "\",\"currency\":\"CNY\"},\"issueDate\":\"" + TODAY.minusDays(10) + "\",\"documentHash\":\""
                        + hex(32) + "\"}")
                .post("/invoices").then().statusCode(201).extract().path("result.id");
        onboarding.as(core, SCF).post("/invoices/" + invoiceId + "/confirm").then().statusCode(200);
        String voucherId = onboarding.as(core, SCF).body("{\"supplierId\":\"" + supplier.id() + "\",\"amount\":{"
                        + "\"amount\":\"" + amount + "\",\"currency\":\"CNY\"},\"maturityDate\":\"" + MATURITY
                        + "\",\"invoiceIds\":[\"" + invoiceId + "\"]}")
                .post("/vouchers").then().statusCode(201).extract().path("result.id");
        onboarding.as(supplier, SCF).post("/vouchers/" + voucherId + "/accept").then().statusCode(200);
        StringBuilder split = new StringBuilder("{\"parts\":[");
        for (int i = 0; i < parts.length; i++) {
            split.append(i == 0 ? "" : ",").append("{\"amount\":\"").append(parts[i])
                    .append("\",\"currency\":\"CNY\"}");
        }
        return onboarding.as(supplier, SCF).body(split.append("]}").toString())
                .post("/vouchers/" + voucherId + "/split").then().statusCode(200).extract().path("result.id");
    }

    private static String applyFinancing(String voucherId) {
        return onboarding.as(supplier, SCF).body("{\"voucherId\":\"" + voucherId + "\",\"financierId\":\"" + bank.id()
                        + "\"}")
                .post("/financings").then().statusCode(201).extract().path("result.id");
    }

    /** Sends a form on a page that already names a block, and waits for the page naming the next one. */
    private static void submitAndAwaitNextRecord(Portal person, String buttonCss) {
        WebElement previous = person.find("#recorded");
        person.find(buttonCss).click();
        WebDriverWait wait = new WebDriverWait(person.driver(), LEDGER);
        wait.until(ExpectedConditions.stalenessOf(previous));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recorded")));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
