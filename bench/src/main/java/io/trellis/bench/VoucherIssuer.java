package io.trellis.bench;

import io.trellis.chaincode.api.BusinessDate;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Issues ACTIVE root vouchers of the fixture's core to its suppliers in turn: the supplier registers an invoice,
 * the core confirms it and issues a voucher on it maturing {@link #TENOR_DAYS} days on, the supplier accepts it.
 * The business date is that of {@code clock}, the ledger's proposal timestamps (a past one makes vouchers that
 * are mature today).
 */
final class VoucherIssuer {
    static final int TENOR_DAYS = 180;

    private final LedgerClient ledger;
    private final Fixture fixture;
    private final String invoiceCode;
    private final Supplier<Instant> clock;
    private final AtomicLong roots = new AtomicLong();

    /** A root voucher and the index of its holder in the fixture. */
    record Issued(Voucher voucher, int holder) {
    }

    /**
     * @param invoiceCode distinguishes this issuer's invoices from every other's of the same sellers (an invoice
     *                    is identified by seller, code and number)
     */
    VoucherIssuer(LedgerClient ledger, Fixture fixture, String invoiceCode, Supplier<Instant> clock) {
        this.ledger = ledger;
        this.fixture = fixture;
        this.invoiceCode = invoiceCode;
        this.clock = clock;
    }

    Issued issue(Money amount) {
        long n = roots.getAndIncrement();
        int holder = (int) (n % fixture.suppliers().size());
        Fixture.Party supplier = fixture.supplier(holder);
        FabricIdentity core = fixture.core().identity();
        LocalDate today = BusinessDate.of(clock.get());
        RegisterInvoiceRequest invoiced = new RegisterInvoiceRequest(fixture.core().id(), invoiceCode, Long.toString(n),
                amount, today.minusDays(1), sha256("bench invoice " + invoiceCode + " " + n));
        Invoice invoice = submit(supplier.identity(), TxName.REGISTER_INVOICE, invoiced, Invoice.class).result();
        submit(core, TxName.CONFIRM_INVOICE, new InvoiceDecision(invoice.id(), null), Void.class);
        Voucher voucher = submit(core, TxName.ISSUE_VOUCHER, new IssueVoucherRequest(supplier.id(), amount,
                today.plusDays(TENOR_DAYS), List.of(invoice.id())), Voucher.class).result();
        submit(supplier.identity(), TxName.ACCEPT_VOUCHER, new VoucherDecision(voucher.id(), null), Void.class);
        return new Issued(voucher, holder);
    }

    <T> Committed<T> submit(FabricIdentity identity, String transaction, Object argument, Class<T> result) {
        return ledger.submit(LedgerCall.json(identity, transaction, argument), result);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
