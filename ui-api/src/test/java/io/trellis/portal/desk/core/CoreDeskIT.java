package io.trellis.portal.desk.core;

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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core enterprise's desk walked in Chromium by a fresh core enterprise: its credit line, an invoice its
 * supplier registered confirmed from the list of those awaiting confirmation, a voucher issued against it through
 * the page, the calendar of what it must pay summing that voucher with another of the same maturity to the fen, the
 * voucher's lineage once the supplier split it, the payments page (none made yet).
 */
class CoreDeskIT {
    private static final Onboarding ONBOARDING = Onboarding.viaStack("ui-core-");
    private static final ScfArrangements SCF = new ScfArrangements(ONBOARDING);
    private static final LocalDate MATURITY = TODAY.plusDays(90);
    private static Member core;
    private static Member supplier;
    private static Member bank;
    private static String listedInvoice;

    private final URI portal = Portal.onStack();

    @BeforeAll
    static void cast() {
        core = ONBOARDING.join(PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        supplier = ONBOARDING.join(PartyRole.SUPPLIER, Org.PLATFORM);
        bank = ONBOARDING.join(PartyRole.FINANCIER, Org.BANK);
        SCF.grantLine(bank, core, "5000000.00");
        // one voucher of the same maturity issued before the story, so the calendar must add two
        String earlier = SCF.registerInvoice(supplier, core, "765432.10");
        SCF.confirmInvoice(core, earlier);
        SCF.issueVoucher(core, supplier, "765432.10", MATURITY, earlier);
        // the invoice the core confirms on its desk, from the list of those awaiting it
        listedInvoice = SCF.registerInvoice(supplier, core, "1500000.00");
    }

    @AfterAll
    static void close() {
        ONBOARDING.close();
    }

    @Test
    void a_core_enterprise_sees_its_line_confirms_an_invoice_issues_a_voucher_and_sees_what_it_must_pay_when() {
        try (Browser browser = Browser.start()) {
            Portal person = new Portal(browser, portal).signIn(core.username());
            assertThat(person.path()).isEqualTo("/core");
            String line = "#credit-lines tr[data-financier='" + bank.id() + "']";
            person.awaitText(line + " [data-field=limit]", "¥5,000,000.00");
            assertThat(person.text(line + " [data-field=available]")).isEqualTo("¥5,000,000.00");
            assertThat(person.text("#credit-lines h2")).isEqualTo("授信额度及使用情况");

            // the invoice waits in the list (the one confirmed before the story does not), confirmed from its row
            String waiting = "#to-confirm tr[data-invoice='" + listedInvoice + "']";
            person.awaitText(waiting + " [data-field=amount]", "¥1,500,000.00");
            assertThat(person.all("#to-confirm tr[data-invoice]")).hasSize(1);
            person.screenshot("core-to-confirm");
            DeskPages.submit(person, waiting + " .confirm-invoice button");
            person.awaitText("#invoice [data-field=status]", "已确认");
            assertThat(person.text("#invoice [data-field=amount]")).isEqualTo("¥1,500,000.00");
            person.screenshot("core-invoice");

            person.find("#issue-against").click();
            assertThat(person.find("#supplierId").getAttribute("value")).isEqualTo(supplier.id());
            assertThat(person.find("#amount").getAttribute("value")).isEqualTo("1500000.00");
            person.fill("#amount", "1234567.89");
            DeskPages.date(person, "#maturityDate", MATURITY);
            DeskPages.submit(person, "#issue-voucher button");
            person.awaitText("#vouchers-table", "¥1,234,567.89");
            List<String> amounts = person.all("#vouchers-table td[data-field=amount]").stream()
                    .map(cell -> cell.getText()).toList();
            assertThat(amounts).containsExactlyInAnyOrder("¥765,432.10", "¥1,234,567.89");
            person.screenshot("core-vouchers");

            person.open("/core");
            String day = "#calendar-table tr[data-maturity='" + MATURITY + "']";
            assertThat(person.text(day + " [data-field=due]")).isEqualTo("¥1,999,999.99");
            assertThat(person.text(day + " [data-field=count]")).isEqualTo("2");
            assertThat(person.text(day + " td")).isEqualTo(MATURITY.getYear() + "年" + MATURITY.getMonthValue() + "月"
                    + MATURITY.getDayOfMonth() + "日");
            person.screenshot("core-home");

            String voucher = SCF.vouchersOf(supplier).<String>getList("items.findAll { it.amount.minor == 123456789 }.id")
                    .getFirst();
            SCF.accept(supplier, voucher);
            SCF.split(supplier, voucher, "1000000.00", "234567.89");
            person.open("/core/vouchers/" + voucher + "/lineage");
            person.awaitText("#lineage li[data-voucher='" + voucher + "-02'] [data-field=amount]", "¥234,567.89");
            assertThat(person.all("#lineage li").stream().map(li -> li.getAttribute("data-depth")).toList())
                    .containsExactly("0", "1", "1");
            assertThat(person.text("#lineage li[data-voucher='" + voucher + "-01'] [data-field=amount]"))
                    .isEqualTo("¥1,000,000.00");
            // The parent's new status may be projected after its children: wait as a person reloads.
            person.awaitText("#lineage li[data-voucher='" + voucher + "'] [data-field=status]", "已拆分");
            assertThat(person.text("#lineage li[data-voucher='" + voucher + "'] [data-field=status]")).isEqualTo("已拆分");
            person.screenshot("core-lineage");

            person.open("/core/payments");
            assertThat(person.all("#no-payments")).hasSize(1);
            person.screenshot("core-payments");
            person.english();
            DeskPages.awaitExactly(person, "h1", "Payments");
        }
    }
}
