package io.trellis.bench;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.clock.OffsetFileClock;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The setup of {@code settle-notices}: a bank that settlement-service signs for, designated by the fixture's core
 * enterprise as its settlement bank, and root vouchers that are mature today. They are issued while the test
 * stack's clock (the offset file that the services, this ledger client and the chaincode server read: peers
 * refuse a proposal stamped far from their own time) stands {@link #ISSUED_AGO} in the past, so they matured
 * {@code ISSUED_AGO} minus {@link VoucherIssuer#TENOR_DAYS} days ago; nothing else of them is in the past.
 */
final class MaturedVouchers {
    static final Duration ISSUED_AGO = Duration.ofDays(270);
    private static final Money AMOUNT = Money.of(100_00, FixtureSetup.CURRENCY);
    private static final Money LINE = Money.of(1_000_000_000_00L, FixtureSetup.CURRENCY);
    private static final int THREADS = 16;

    private final LedgerClient ledger;
    private final VoucherIssuer pastIssuer;
    private final Path clockOffsetFile;
    private final Fixture fixture;

    /**
     * @param ledger          a ledger client whose proposals follow {@code clockOffsetFile}
     * @param clockOffsetFile the test stack's clock offset file
     * @param runTag          the run's tag, which makes the invoices' code
     */
    MaturedVouchers(LedgerClient ledger, Path clockOffsetFile, Fixture fixture, String runTag) {
        this.ledger = ledger;
        this.clockOffsetFile = clockOffsetFile;
        this.pastIssuer = new VoucherIssuer(ledger, fixture, "M" + runTag, new OffsetFileClock(clockOffsetFile)::instant);
        this.fixture = fixture;
    }

    /** Makes {@code bank} (registered through scf-service) the core's settlement bank, with a line for the core. */
    void designate(Fixture.Party bank, String runTag) {
        ledger.submit(LedgerCall.json(bank.identity(), TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(fixture.core().id(), LINE)), Void.class);
        ledger.submit(LedgerCall.json(fixture.core().identity(), TxName.DESIGNATE_SETTLEMENT_BANK,
                new SettlementAccountRequest(bank.id(), "6222-BENCH-" + runTag)), Void.class);
    }

    /** {@code count} mature, ACTIVE, unsplit root vouchers of the core, held by the fixture's suppliers. */
    List<Voucher> issue(int count) throws InterruptedException {
        List<Callable<Voucher>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> pastIssuer.issue(AMOUNT).voucher());
        }
        OffsetFileClock.shift(clockOffsetFile, ISSUED_AGO.negated());
        try {
            return Parallel.all(tasks, THREADS);
        } finally {
            OffsetFileClock.shift(clockOffsetFile, Duration.ZERO);
        }
    }
}
