package io.trellis.chaincode.invoice;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.event.InvoiceRegistered;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InvoiceContractTest {
    private final ScfWorld world = new ScfWorld();
    private final RegisterInvoiceRequest request = new RegisterInvoiceRequest(CORE, "3100261130", "04471234",
            cny(113_000_00L), TODAY.minusDays(3), ScfWorld.hash("scan.pdf"));

    @Test
    void the_seller_registers_an_invoice_keyed_by_the_hash_of_its_tax_id_code_and_number() {
        Invoice invoice = world.submit(TIER1, TxName.REGISTER_INVOICE, request).as(Invoice.class);

        assertThat(invoice.id()).isEqualTo(InvoiceRules.idOf(TIER1, "3100261130", "04471234"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.REGISTERED);
        assertThat(world.lastEvents()).containsExactly(new InvoiceRegistered(invoice));
        assertThat(world.chain.ledger().state()).containsKey("\u0000invoice\u0000" + invoice.id() + "\u0000");
    }

    @Test
    void a_duplicate_invoice_is_rejected_with_a_stable_code_and_changes_nothing() {
        world.submit(TIER1, TxName.REGISTER_INVOICE, request).as(Invoice.class);
        TreeMap<String, byte[]> before = new TreeMap<>(world.chain.ledger().state());
        int events = world.chain.ledger().events().size();

        var again = world.submit(TIER1, TxName.REGISTER_INVOICE, request);

        assertThat(again.code()).isEqualTo(ErrorCode.INVOICE_ALREADY_REGISTERED);
        assertThat(world.chain.ledger().state()).containsExactlyEntriesOf(before);
        assertThat(world.chain.ledger().events()).hasSize(events);
    }

    @Test
    void a_cancelled_invoice_can_never_be_registered_again() {
        Invoice invoice = world.submit(TIER1, TxName.REGISTER_INVOICE, request).as(Invoice.class);
        world.submit(TIER1, TxName.CANCEL_INVOICE, new InvoiceDecision(invoice.id(), null)).as(Invoice.class);

        assertThat(world.submit(TIER1, TxName.REGISTER_INVOICE, request).code())
                .isEqualTo(ErrorCode.INVOICE_ALREADY_REGISTERED);
    }

    @Test
    void the_buyer_must_be_a_kyc_approved_core_enterprise() {
        RegisterInvoiceRequest toSupplier = new RegisterInvoiceRequest(TIER2, "3100261130", "1", cny(100), TODAY,
                ScfWorld.hash("x"));

        assertThat(world.submit(TIER1, TxName.REGISTER_INVOICE, toSupplier).code())
                .isEqualTo(ErrorCode.COUNTERPARTY_NOT_ELIGIBLE);
    }

    @Test
    void an_invoice_backing_one_voucher_cannot_back_a_second_one() {
        world.grantLine(BANK, 10_000_000_00L);
        Invoice invoice = world.confirmedInvoice(TIER1, 500_000_00L);
        IssueVoucherRequest issue = new IssueVoucherRequest(TIER1, cny(500_000_00L), MATURITY, List.of(invoice.id()));
        world.submit(CORE, TxName.ISSUE_VOUCHER, issue).as(Voucher.class);

        var second = world.submit(CORE, TxName.ISSUE_VOUCHER, issue);

        assertThat(second.code()).isEqualTo(ErrorCode.INVOICE_ALREADY_PLEDGED);
        assertThat(world.submit(CORE, TxName.GET_ISSUANCE_LIMIT, CORE).as(IssuanceLimitView.class).used())
                .isEqualTo(cny(500_000_00L));
    }

    @Test
    void rejecting_a_voucher_frees_its_invoices_and_its_issuance_limit() {
        world.grantLine(BANK, 1_000_000_00L);
        Voucher voucher = world.issued(TIER1, 800_000_00L);

        world.submit(TIER1, TxName.REJECT_VOUCHER, new VoucherDecision(voucher.id(), "wrong amount")).as(Voucher.class);

        Invoice invoice = world.submit(CORE, TxName.GET_INVOICE, voucher.invoiceIds().get(0)).as(Invoice.class);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.CONFIRMED);
        assertThat(invoice.voucherId()).isNull();
        assertThat(world.submit(CORE, TxName.GET_ISSUANCE_LIMIT, CORE).as(IssuanceLimitView.class).used())
                .isEqualTo(cny(0));
        assertThat(world.submit(CORE, TxName.ISSUE_VOUCHER, new IssueVoucherRequest(TIER1, cny(800_000_00L), MATURITY,
                List.of(invoice.id()))).ok()).isTrue();
    }
}
