package io.trellis.portal.desk.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.portal.browser.Browser;
import io.trellis.portal.browser.Portal;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;
import io.trellis.testing.ids.FreshPartyIds;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The operators' desk in a browser against the running stack: the platform's operator registers a company, approves
 * its KYC and admits another company to the bank, whose operator then registers and approves it; the health page.
 */
class OperatorDeskIT {
    private static final String PLATFORM_OPERATOR = "operator.platform";
    private static final String BANK_OPERATOR = "operator.bank";
    private static Browser browser;

    private final URI portal = Portal.onStack();

    @BeforeAll
    static void start() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** A test that failed half-way leaves no one signed in for the next. */
    @AfterEach
    void signOutIfSignedIn() {
        Portal person = new Portal(browser, portal);
        if (!person.all("#logout").isEmpty()) {
            person.signOut();
        }
    }

    @Test
    void the_platform_registers_and_approves_its_company_and_admits_one_to_the_bank_whose_operator_onboards_it() {
        String supplier = FreshPartyIds.next();
        String financier = FreshPartyIds.next();
        Portal platform = new Portal(browser, portal).signIn(PLATFORM_OPERATOR).open("/operator");
        assertThat(platform.find("#operator-org").getAttribute("data-org")).isEqualTo("PlatformMSP");
        assertThat(platform.all("#parties tbody tr[data-party]")).isNotEmpty();
        platform.driver().executeScript("document.getElementById('directory').scrollIntoView()");
        platform.screenshot("operator-parties");

        register(platform, supplier, "苏州精工零部件有限公司", "SUPPLIER");
        assertThat(platform.path()).isEqualTo("/operator/parties/" + supplier);
        assertThat(platform.text("#party-name")).isEqualTo("苏州精工零部件有限公司");
        assertThat(platform.text("#party [data-field=roles]")).isEqualTo("供应商");
        assertThat(platform.text("#party [data-field=org]")).isEqualTo("平台（PlatformMSP）");
        assertThat(platform.find("#party [data-field=kyc]").getAttribute("data-kyc")).isEqualTo("PENDING");
        // the page that follows the registration names its block already: the approval's page must be a new one
        platform.open("/operator/parties/" + supplier).screenshot("operator-kyc-review");

        platform.submitAndAwaitLedger("#kyc-approve button[type=submit]");
        assertThat(platform.find("#party [data-field=kyc]").getAttribute("data-kyc")).isEqualTo("APPROVED");
        assertThat(platform.text("#party [data-field=kyc]")).isEqualTo("已通过");
        assertThat(platform.all("#kyc-review")).as("a review cannot be made twice").isEmpty();

        platform.open("/operator").fill("#admit-id", financier).choose("#admit-org", "BankMSP")
                .submitAndAwaitLedger("#admit-party button[type=submit]");
        assertThat(platform.path()).isEqualTo("/operator");
        platform.signOut();

        Portal bank = new Portal(browser, portal).signIn(BANK_OPERATOR).open("/operator");
        assertThat(bank.find("#operator-org").getAttribute("data-org")).isEqualTo("BankMSP");
        assertThat(bank.all("#admit-party")).as("only the platform keeps the company registry").isEmpty();
        String notAdmitted = FreshPartyIds.next();
        bank.fill("#register-id", notAdmitted).fill("#register-name", "未准入银行").find("#role-FINANCIER").click();
        assertThat(bank.submitAndAwaitRefusal("#register-party"))
                .isEqualTo(MessageCatalog.get().text(Lang.ZH, "problem.PARTY_NOT_ADMITTED"));

        register(bank, financier, "江南商业银行", "FINANCIER");
        assertThat(bank.path()).isEqualTo("/operator/parties/" + financier);
        assertThat(bank.text("#party [data-field=org]")).isEqualTo("银行（BankMSP）");
        bank.open("/operator/parties/" + financier).submitAndAwaitLedger("#kyc-approve button[type=submit]");
        assertThat(bank.find("#party [data-field=kyc]").getAttribute("data-kyc")).isEqualTo("APPROVED");

        bank.open("/operator/parties/" + supplier);
        assertThat(bank.find("#problem").getAttribute("data-status")).as("another organisation's company").isEqualTo("404");
    }

    @Test
    void the_health_page_shows_every_service_fabric_node_and_infrastructure_part_up_or_down_with_its_time() {
        Portal operator = new Portal(browser, portal).signIn(PLATFORM_OPERATOR).open("/operator/health");

        operator.screenshot("operator-health");
        List<WebElement> rows = operator.all("tr[data-component]");
        assertThat(rows).extracting(row -> row.getAttribute("data-component")).containsExactly("scf_service",
                "ledger_events", "abs_service", "settlement_service", "orderer", "peer_platform", "peer_bank",
                "peer_securities", "ca_platform", "ca_bank", "ca_securities", "keycloak", "postgresql", "kafka");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getAttribute("data-state")).isIn("up", "down");
            assertThat(row.findElement(By.cssSelector("[data-field=millis]")).getText())
                    .matches("\\d+ ms");
        });
        // the stack the tests run against: what the portal itself needs is up
        assertThat(operator.find("tr[data-component=scf_service]").getAttribute("data-state")).isEqualTo("up");
        assertThat(operator.find("tr[data-component=keycloak]").getAttribute("data-state")).isEqualTo("up");
        assertThat(operator.find("tr[data-component=peer_platform]").getAttribute("data-state")).isEqualTo("up");
        assertThat(operator.text("#health-summary")).contains("运行正常");

        operator.english();
        assertThat(operator.text("h1")).isEqualTo("Network and services");
        operator.chinese();
    }

    private static void register(Portal operator, String id, String name, String role) {
        operator.open("/operator").fill("#register-id", id).fill("#register-name", name);
        operator.find("#role-" + role).click();
        operator.submitAndAwaitLedger("#register-party button[type=submit]");
    }
}
