package io.trellis.portal.desk.supplier;

import static io.trellis.portal.scf.ScfArrangements.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.portal.browser.Browser;
import io.trellis.portal.browser.Portal;
import io.trellis.portal.scf.DeskPages;
import io.trellis.portal.scf.ScfArrangements;
import io.trellis.testing.parties.Onboarding;
import io.trellis.testing.parties.Onboarding.Member;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supplier's desk walked in Chromium by a fresh supplier: registers an invoice to its buyer, accepts the
 * voucher issued against it, is refused a split whose parts do not add up, splits it, passes a part on to another
 * supplier (whose voucher it then cannot open), sees what financing the other part would cost (to the fen, as the
 * ledger computes it) and asks a bank.
 */
class SupplierDeskIT {
    private static final Onboarding ONBOARDING = Onboarding.viaStack("ui-supplier-");
    private static final ScfArrangements SCF = new ScfArrangements(ONBOARDING);
    private static final LocalDate MATURITY = TODAY.plusDays(90);
    private static Member core;
    private static Member supplier;
    private static Member nextSupplier;
    private static Member bank;

    private final URI portal = Portal.onStack();

    @BeforeAll
    static void cast() {
        core = ONBOARDING.join(PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        supplier = ONBOARDING.join(PartyRole.SUPPLIER, Org.PLATFORM);
        nextSupplier = ONBOARDING.join(PartyRole.SUPPLIER, Org.PLATFORM);
        bank = ONBOARDING.join(PartyRole.FINANCIER, Org.BANK);
        SCF.grantLine(bank, core, "5000000.00");
    }

    @AfterAll
    static void close() {
        ONBOARDING.close();
    }

    @Test
    void a_supplier_registers_an_invoice_accepts_splits_transfers_and_sees_the_interest_before_it_asks_for_financing() {
        try (Browser browser = Browser.start()) {
            Portal person = new Portal(browser, portal).signIn(supplier.username());
            assertThat(person.path()).isEqualTo("/supplier");
            String[] paper = ScfArrangements.nextCodeAndNumber();
            person.fill("#buyerId", core.id()).fill("#invoiceCode", paper[0]).fill("#invoiceNumber", paper[1])
                    .fill("#amount", "1600000.00");
            DeskPages.date(person, "#issueDate", TODAY);
            DeskPages.submit(person, "#register-invoice button");
            person.awaitText("#invoice [data-field=amount]", "¥1,600,000.00");
            assertThat(person.text("#invoice [data-field=status]")).isEqualTo("已登记");
            assertThat(person.text("#invoice [data-field=hash]")).matches("[0-9a-f]{64}");
            person.screenshot("supplier-invoice");

            String invoice = person.find("#invoice").getAttribute("data-invoice");
            SCF.confirmInvoice(core, invoice);
            String voucher = SCF.issueVoucher(core, supplier, "1600000.00", MATURITY, invoice);

            person.open("/supplier");
            person.awaitText("#vouchers-table tr[data-voucher='" + voucher + "'] [data-field=status]", "已签发");
            assertThat(person.text("#vouchers-table tr[data-voucher='" + voucher + "'] [data-field=amount]"))
                    .isEqualTo("¥1,600,000.00");
            assertThat(person.all("#no-financings")).hasSize(1);
            person.screenshot("supplier-home");
            person.find("tr[data-voucher='" + voucher + "'] a.voucher-link").click();
            DeskPages.submit(person, "#accept-voucher button");
            person.awaitText("#voucher [data-field=status]", "有效");

            person.fill("#parts", "1000000.00\n500000.00");
            assertThat(person.submitAndAwaitRefusal("#split-voucher")).isEqualTo("拆分金额之和必须恰好等于凭证金额。");
            person.screenshot("supplier-split-refused");
            person.fill("#parts", "1000000.00\n600000.00");
            DeskPages.submit(person, "#split-voucher button");
            String first = voucher + "-01";
            String second = voucher + "-02";
            person.awaitText("#chain li[data-voucher='" + second + "'] [data-field=amount]", "¥600,000.00");
            assertThat(person.text("#chain li[data-voucher='" + first + "'] [data-field=amount]"))
                    .isEqualTo("¥1,000,000.00");
            // The children and the parent's new status are projected one after the other: wait as a person reloads.
            person.awaitText("#voucher [data-field=status]", "已拆分");
            assertThat(person.text("#voucher [data-field=status]")).isEqualTo("已拆分");
            person.screenshot("supplier-voucher");

            person.open("/supplier/vouchers/" + second);
            person.fill("#recipientId", nextSupplier.id());
            DeskPages.submit(person, "#transfer-voucher button");
            person.awaitText("#voucher [data-field=status]", "已转让");
            // what the next supplier now holds is its own: typing its address shows nothing of it
            person.open("/supplier/vouchers/" + second + "-01");
            assertThat(person.text("#problem")).isEqualTo("没有您可以查看的该凭证。");
            assertThat(person.find("#problem").getAttribute("data-status")).isEqualTo("404");

            person.open("/supplier/vouchers/" + first);
            person.fill("#rate", "4.50");
            DeskPages.awaitExactly(person, "#interest-preview [data-field=interest]", "¥11,250.00");
            // 1,000,000.00 × 4.50 % × 90 / 360 = 11,250.00; the bank pays 988,750.00
            assertThat(person.text("#interest-preview [data-field=days]")).isEqualTo("90");
            assertThat(person.text("#interest-preview [data-field=proceeds]")).isEqualTo("¥988,750.00");
            assertThat(person.text("#interest-preview [data-field=face]")).isEqualTo("¥1,000,000.00");
            person.driver().executeScript("document.getElementById('request-financing').scrollIntoView()");
            person.screenshot("supplier-financing-preview");
            person.fill("#financierId", bank.id());
            DeskPages.submit(person, "#request-financing button[type=submit]");
            person.awaitText("#financing [data-field=status]", "已申请");
            assertThat(person.text("#financing [data-field=face]")).isEqualTo("¥1,000,000.00");
            person.screenshot("supplier-financing");
            String financing = person.find("#financing").getAttribute("data-financing");

            person.open("/supplier");
            String row = "#financings-table tr[data-financing='" + financing + "']";
            assertThat(person.text(row + " [data-field=status]")).isEqualTo("已申请");
            assertThat(person.text(row + " [data-field=amount]")).isEqualTo("¥1,000,000.00");
            assertThat(person.find("#supplier-pools-link").getAttribute("href")).endsWith("/pools");

            person.open("/core");
            assertThat(person.text("#problem")).isEqualTo("您的账户无权查看或进行此操作。");
        }
    }
}
