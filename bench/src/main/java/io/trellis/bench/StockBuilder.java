package io.trellis.bench;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills the {@link VoucherStock} before a window, outside it: per root, the supplier registers an invoice, the
 * core confirms it and issues a voucher on it, the supplier accepts it and splits it into 99 ACTIVE children.
 */
final class StockBuilder {
    private static final int THREADS = 16;
    private static final Money PART = Money.of(100_00, FixtureSetup.CURRENCY);
    /** The platform's business date is the transaction time at UTC+08:00 (docs/domain.md §3). */
    private static final ZoneOffset BUSINESS_ZONE = ZoneOffset.ofHours(8);

    private final LedgerClient ledger;
    private final Fixture fixture;
    private final String runTag;
    private final AtomicLong roots = new AtomicLong();

    StockBuilder(LedgerClient ledger, Fixture fixture, String runTag) {
        this.ledger = ledger;
        this.fixture = fixture;
        this.runTag = runTag;
    }

    /**
     * Adds vouchers until the stock holds at least {@code needed}.
     *
     * @return the split transactions, whose projection the caller may wait for before measuring
     */
    List<RunResult.Commit> topUp(VoucherStock stock, int needed) throws InterruptedException {
        int count = StockPlan.rootsFor(needed, stock.size());
        List<Callable<RunResult.Commit>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> root(stock));
        }
        return count == 0 ? List.of() : Parallel.all(tasks, THREADS);
    }

    private RunResult.Commit root(VoucherStock stock) {
        long n = roots.getAndIncrement();
        int holder = (int) (n % fixture.suppliers().size());
        Fixture.Party supplier = fixture.supplier(holder);
        FabricIdentity core = fixture.core().identity();
        LocalDate today = LocalDate.now(BUSINESS_ZONE);
        Money amount = Money.of(PART.minor() * StockPlan.SPLIT_PARTS, PART.currency());

        RegisterInvoiceRequest invoiced = new RegisterInvoiceRequest(fixture.core().id(), "B" + runTag,
                Long.toString(n), amount, today.minusDays(1), sha256("bench invoice " + runTag + " " + n));
        Invoice invoice = submit(supplier.identity(), TxName.REGISTER_INVOICE, invoiced, Invoice.class).result();
        submit(core, TxName.CONFIRM_INVOICE, new InvoiceDecision(invoice.id(), null), Void.class);
        Voucher voucher = submit(core, TxName.ISSUE_VOUCHER, new IssueVoucherRequest(supplier.id(), amount,
                today.plusDays(180), List.of(invoice.id())), Voucher.class).result();
        submit(supplier.identity(), TxName.ACCEPT_VOUCHER, new VoucherDecision(voucher.id(), null), Void.class);
        SplitVoucherRequest parts = new SplitVoucherRequest(voucher.id(), Collections.nCopies(StockPlan.SPLIT_PARTS, PART));
        Committed<Voucher[]> split = submit(supplier.identity(), TxName.SPLIT_VOUCHER, parts, Voucher[].class);
        stock.addAll(Arrays.stream(split.result())
                .map(child -> new StockVoucher(child.id(), holder, child.tier())).toList());
        return new RunResult.Commit(split.transactionId(), split.blockNumber(), Instant.now());
    }

    private <T> Committed<T> submit(FabricIdentity identity, String transaction, Object argument, Class<T> result) {
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
