package io.trellis.portal.desk.securities;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.BusinessDate;
import io.trellis.chaincode.api.Hashes;
import io.trellis.portal.browser.Browser;
import io.trellis.portal.browser.Portal;
import io.trellis.testing.parties.Onboarding;
import io.trellis.testing.parties.Onboarding.Member;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ABS story of issue 11 through the securities firm's, the originator's and the investor's pages, as their
 * Keycloak users: the firm creates a pool, the originator checks the eligibility report and sells two vouchers into
 * it, the firm appoints the providers, sets the structure, stress-tests it and opens the subscription; the investor
 * orders both tranches; the firm allocates and issues; the obligors pay through their bank (settlement-service) and
 * the firm runs the one payment date; the waterfall and every payout are shown to the fen, and the investor
 * downloads its statement as a PDF. Only what the story does not name is arranged over REST: the SCF vouchers, the
 * providers' attestations and rating, and the bank's payment notices.
 *
 * <p>Pool 100,000.00 (CORE 60,000.00, CORE2 40,000.00, maturing five days ago); senior 80,000.00 at 3.00%,
 * subordinated 20,000.00; fees 100.00; issued 30 days ago, first payment date two days ago (28 days of interest).
 * Senior interest 8,000,000 x 300 x 28 / 3,650,000 = 18,410.96 -> 18,411 fen; from the 10,000,000 fen collected the
 * fees take 10,000, senior interest 18,411, senior principal all 8,000,000, the subordinated 1,971,589: 28,411 fen of
 * it still owed.
 */
class AbsStoryIT {
    private static final Onboarding ONBOARDING = Onboarding.viaStack("ui-abs-");
    /** Business date today (China's) in real time: the story's dates lie around it, so the clock moves only once. */
    private static final LocalDate TODAY = BusinessDate.of(Instant.now());
    private static final LocalDate CUT_OFF = TODAY.minusDays(40);
    private static final LocalDate MATURITY = TODAY.minusDays(5);
    private static final LocalDate ISSUE = TODAY.minusDays(30);
    private static final LocalDate P1 = TODAY.minusDays(2);
    private static final LocalDate P2 = TODAY.plusDays(88);

    private static Member manager;
    private static Member originator;
    private static Member investor;
    private static Member servicer;
    private static Member rater;
    private static StoryVouchers.Voucher core;
    private static StoryVouchers.Voucher core2;
    private static StoryVouchers scf;

    private final URI portal = Portal.onStack();

    @BeforeAll
    static void cast() {
        StoryVouchers.Cast cast = StoryVouchers.Cast.join(ONBOARDING);
        manager = cast.manager();
        originator = cast.originator();
        investor = cast.investor();
        servicer = cast.servicer();
        rater = cast.rater();
        scf = new StoryVouchers(ONBOARDING, cast);
        List<StoryVouchers.Voucher> vouchers = scf.issuedAt(CUT_OFF, MATURITY, 6_000_000, 4_000_000);
        core = vouchers.get(0);
        core2 = vouchers.get(1);
    }

    @AfterAll
    static void leave() {
        if (scf != null) {
            scf.close();
        }
        ONBOARDING.close();
    }

    @Test
    void the_abs_story_from_pool_to_payment_date_through_the_pages_to_the_fen() {
        try (Browser browser = Browser.start()) {
            DeskPages p = new DeskPages(new Portal(browser, portal));
            String poolId = createPool(p);
            poolVouchers(p, poolId);
            structure(p, poolId);
            subscribe(p, poolId);
            allocateAndIssue(p, poolId);
            scf.pay(core, MATURITY);
            scf.pay(core2, MATURITY);
            runPaymentDate(p, poolId);
            investorSeesHoldingsAndStatement(p, poolId);
        }
    }

    private String createPool(DeskPages p) {
        p.signIn(manager).open("/securities");
        p.fill("#originatorId", originator.id()).value("#cutOffDate", CUT_OFF.toString())
                .fill("#minDays", "30").fill("#maxDays", "365").fill("#concentration", "60")
                .click("input[name=attestation][value=AUDIT]").click("input[name=attestation][value=TRUSTEE]")
                .submit("#create-pool");
        assertThat(p.portal.path()).startsWith("/securities/deals/");
        assertThat(p.portal.find("#deal-status").getAttribute("data-status")).isEqualTo("STRUCTURING");
        return p.portal.text("#deal-id");
    }

    /** Only the pool's originator may sell vouchers into it: it checks them first, then adds them. */
    private void poolVouchers(DeskPages p, String poolId) {
        p.signIn(originator).open("/pools/" + poolId);
        p.fill("#voucherIds", core.id() + ", " + core2.id()).click("#check-eligibility").await("#eligibility");
        assertThat(p.portal.find("#eligibility").getAttribute("data-eligible")).isEqualTo("true");
        for (StoryVouchers.Voucher voucher : List.of(core, core2)) {
            assertThat(p.portal.all("#eligibility-vouchers-report tr[data-voucher='" + voucher.id() + "'] td[data-outcome]"))
                    .hasSize(8).allSatisfy(cell -> assertThat(cell.getAttribute("data-outcome")).isEqualTo("PASSED"));
        }
        assertThat(p.cell("#eligibility-obligors", "data-obligor", core.obligorId(), "share")).isEqualTo("60.00%");
        assertThat(p.cell("#eligibility-obligors", "data-obligor", core2.obligorId(), "share")).isEqualTo("40.00%");
        assertThat(p.portal.text("#eligibility [data-field=pool-after]")).isEqualTo("¥100,000.00");
        p.scrollTo("#eligibility").portal.screenshot("securities-eligibility");

        p.submit("#pool-vouchers-form");
        // The page waits a few seconds for the read model to reach the write's block; a loaded machine may need more.
        p.portal.awaitText("[data-field=pool-principal]", "¥100,000.00");
        assertThat(p.portal.text("[data-field=pool-principal]")).isEqualTo("¥100,000.00");
        assertThat(p.portal.text("[data-field=asset-count]")).isEqualTo("2");
        // The originator is no securities firm: the firm's desk stays closed to it, even by typing the address.
        p.open("/securities/deals/" + poolId);
        assertThat(p.portal.find("#problem").getAttribute("data-status")).isEqualTo("403");
    }

    private void structure(DeskPages p, String poolId) {
        p.signIn(manager).open("/securities/deals/" + poolId);
        assertThat(p.portal.text("#summary [data-field=pool-principal]")).isEqualTo("¥100,000.00");
        p.choose("#role", "LAW_FIRM").fill("#providerId", servicer.id()).submit("#appoint-provider");
        p.choose("#role", "RATING_AGENCY").fill("#providerId", rater.id()).submit("#appoint-provider");
        p.fill("#seniorPrincipal", "80000.00").fill("#seniorCoupon", "3").fill("#subordinatedPrincipal", "20000.00")
                .fill("#fees", "100.00").value("#issueDate", ISSUE.toString())
                .fill("#paymentDates", P1 + ", " + P2).fill("#trigger", "5").submit("#set-structure");
        assertThat(p.cell("#tranches", "data-tranche", "SENIOR", "principal")).isEqualTo("¥80,000.00");
        assertThat(p.cell("#tranches", "data-tranche", "SUBORDINATED", "principal")).isEqualTo("¥20,000.00");
        scf.attestAndRate(poolId, servicer, rater);

        // Without defaults every voucher pays on its maturity: the senior tranche is repaid on the first date and
        // the subordinated one is still owed 284.11 after the last, on every path.
        p.fill("#defaultRate", "0").fill("#recoveryRate", "0").fill("#recoveryDelay", "0").fill("#paths", "200")
                .fill("#seed", "7").click("#stress-test button[type=submit]").await("#stress-answer");
        assertThat(p.cell("#stress-tranches", "data-tranche", "SENIOR", "expected-loss")).isEqualTo("¥0.00");
        assertThat(p.cell("#stress-tranches", "data-tranche", "SUBORDINATED", "expected-loss")).isEqualTo("¥284.11");
        assertThat(p.cell("#stress-tranches", "data-tranche", "SUBORDINATED", "worst-loss")).isEqualTo("¥284.11");
        p.scrollTo("#stress").portal.screenshot("securities-stress");

        p.submit("#open-subscription");
        assertThat(p.portal.find("#deal-status").getAttribute("data-status")).isEqualTo("SUBSCRIPTION_OPEN");
    }

    private void subscribe(DeskPages p, String poolId) {
        p.signIn(investor).open("/investor");
        String form = "#order-" + poolId;
        p.choose(form + " select[name=trancheClass]", "SENIOR").fill(form + " input[name=units]", "800").submit(form);
        p.choose(form + " select[name=trancheClass]", "SUBORDINATED").fill(form + " input[name=units]", "200")
                .submit(form);
        // An investor has no securities firm's desk.
        p.open("/securities");
        assertThat(p.portal.find("#problem").getAttribute("data-status")).isEqualTo("403");
    }

    private void allocateAndIssue(DeskPages p, String poolId) {
        p.signIn(manager).open("/securities/deals/" + poolId);
        p.submit("#allocate");
        assertThat(p.portal.find("#offering-book tr[data-tranche=SENIOR] span[data-investor='" + investor.id() + "']")
                .getAttribute("data-units")).isEqualTo("800");
        p.submit("#issue-deal");
        assertThat(p.portal.find("#deal-status").getAttribute("data-status")).isEqualTo("ISSUED");
        p.portal.screenshot("securities-deal");
        p.open("/securities");
        assertThat(p.portal.find("#deals tr[data-deal='" + poolId + "'] [data-field=status]").getAttribute("data-status"))
                .isEqualTo("ISSUED");
        assertThat(p.portal.text("#deals tr[data-deal='" + poolId + "'] [data-field=principal]")).isEqualTo("¥100,000.00");
        p.portal.screenshot("securities-deals");
    }

    private void runPaymentDate(DeskPages p, String poolId) {
        p.open("/securities/deals/" + poolId);
        p.fill("#documentHash", Hashes.sha256Hex("servicer report " + poolId + " " + P1)).submit("#run-payment-date");
        assertThat(p.portal.path()).isEqualTo("/securities/deals/" + poolId + "/waterfall");
        p.portal.awaitText("section.distribution[data-payment-date='" + P1 + "'] .payouts", "¥19,715.89");
        String date = "tr[data-payment-date='" + P1 + "'] td[data-field=";
        assertThat(p.portal.text("section[data-tranche=SENIOR] " + date + "interest]")).isEqualTo("¥184.11");
        assertThat(p.portal.text("section[data-tranche=SENIOR] " + date + "principal]")).isEqualTo("¥80,000.00");
        assertThat(p.portal.text("section[data-tranche=SUBORDINATED] " + date + "principal]")).isEqualTo("¥19,715.89");
        assertThat(p.portal.text("section[data-tranche=SUBORDINATED] " + date + "loss]")).isEqualTo("¥0.00");
        String distribution = "section.distribution[data-payment-date='" + P1 + "'] ";
        assertThat(p.portal.text(distribution + "[data-field=collected]")).isEqualTo("¥100,000.00");
        assertThat(p.portal.text(distribution + "tr[data-step=FEES] .amount")).isEqualTo("¥100.00");
        assertThat(p.portal.text(distribution + ".balances tr[data-tranche=SUBORDINATED] [data-field=outstanding]"))
                .isEqualTo("¥284.11");
        assertThat(p.portal.driver().executeScript(
                "return ['SENIOR', 'SUBORDINATED'].every(function (t) { return !!Chart.getChart('waterfall-' + t); });"))
                .isEqualTo(true);
        p.portal.screenshot("securities-waterfall");
    }

    private void investorSeesHoldingsAndStatement(DeskPages p, String poolId) {
        p.signIn(investor).open("/investor");
        String holding = "#holdings tr[data-deal='" + poolId + "']";
        assertThat(p.portal.text(holding + "[data-tranche=SENIOR] [data-field=units]")).isEqualTo("800");
        assertThat(p.portal.text(holding + "[data-tranche=SENIOR] [data-field=face]")).isEqualTo("¥80,000.00");
        assertThat(p.portal.text(holding + "[data-tranche=SUBORDINATED] [data-field=face]")).isEqualTo("¥20,000.00");
        String payout = "#distributions tr[data-deal='" + poolId + "'][data-payment-date='" + P1 + "']";
        assertThat(p.portal.text(payout + "[data-tranche=SENIOR][data-kind=INTEREST] [data-field=amount]"))
                .isEqualTo("¥184.11");
        assertThat(p.portal.text(payout + "[data-tranche=SENIOR][data-kind=PRINCIPAL] [data-field=amount]"))
                .isEqualTo("¥80,000.00");
        assertThat(p.portal.text(payout + "[data-tranche=SUBORDINATED][data-kind=PRINCIPAL] [data-field=amount]"))
                .isEqualTo("¥19,715.89");
        p.portal.screenshot("investor-home");

        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) p.portal.driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var link = document.querySelector("a.statement[data-deal='%s']");
                fetch(link.getAttribute('href')).then(function (r) {
                  return r.arrayBuffer().then(function (body) {
                    done({status: r.status, type: r.headers.get('Content-Type'),
                          disposition: r.headers.get('Content-Disposition'),
                          head: String.fromCharCode.apply(null, new Uint8Array(body.slice(0, 5))), size: body.byteLength});
                  });
                });""".formatted(poolId));
        assertThat(download).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                .containsEntry("head", "%PDF-");
        assertThat((String) download.get("disposition")).startsWith("attachment");
        assertThat((Long) download.get("size")).isGreaterThan(500L);
        p.scrollTo("#holdings").portal.screenshot("investor-statement");
    }
}
