package io.trellis.bench;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Fills the {@link VoucherStock} before a window, outside it: per root ({@link VoucherIssuer}, at today's date),
 * the supplier splits its voucher into 99 ACTIVE children.
 */
final class StockBuilder {
    private static final int THREADS = 16;
    private static final Money PART = Money.of(100_00, FixtureSetup.CURRENCY);

    private final Fixture fixture;
    private final VoucherIssuer issuer;

    StockBuilder(LedgerClient ledger, Fixture fixture, String runTag) {
        this.fixture = fixture;
        this.issuer = new VoucherIssuer(ledger, fixture, "B" + runTag, Instant::now);
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
        VoucherIssuer.Issued root = issuer.issue(Money.of(PART.minor() * StockPlan.SPLIT_PARTS, PART.currency()));
        SplitVoucherRequest parts = new SplitVoucherRequest(root.voucher().id(),
                Collections.nCopies(StockPlan.SPLIT_PARTS, PART));
        Committed<Voucher[]> split = issuer.submit(fixture.supplier(root.holder()).identity(), TxName.SPLIT_VOUCHER, parts,
                Voucher[].class);
        stock.addAll(Arrays.stream(split.result())
                .map(child -> new StockVoucher(child.id(), root.holder(), child.tier())).toList());
        return new RunResult.Commit(split.transactionId(), split.blockNumber(), Instant.now());
    }
}
