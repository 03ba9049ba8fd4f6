package io.trellis.settlement.overdue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.scheduler.Scheduled;
import io.trellis.chaincode.api.BusinessDate;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.api.voucher.VouchersByStatusQuery;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.wiring.OperatorWallet;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Asks the chaincode to mark payable vouchers past maturity plus grace as OVERDUE, as the platform operator.
 * The job only proposes candidates; the chaincode decides from its transaction's date and leaves an OVERDUE
 * voucher as it is, so a repeated or overlapping run changes nothing.
 */
@ApplicationScoped
public class OverdueJob {
    private static final Logger LOG = Logger.getLogger(OverdueJob.class);
    private static final List<VoucherStatus> PAYABLE = List.of(VoucherStatus.ACTIVE, VoucherStatus.FINANCED, VoucherStatus.POOLED);
    private static final int PAGE_SIZE = 200;
    private static final TypeReference<Page<Voucher>> VOUCHER_PAGE = new TypeReference<>() {
    };

    private final LedgerClient ledger;
    private final OperatorWallet operators;
    private final Clock clock;

    OverdueJob(LedgerClient ledger, OperatorWallet operators, Clock clock) {
        this.ledger = ledger;
        this.operators = operators;
        this.clock = clock;
    }

    @Scheduled(every = "${trellis.overdue.every:1h}", delayed = "${trellis.overdue.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        OverdueRun run = run();
        LOG.infof("overdue job on %s (grace %d days): %d examined, %d marked, %d declined", run.businessDate(),
                run.graceDays(), run.examined(), run.marked(), run.declined());
    }

    public synchronized OverdueRun run() {
        FabricIdentity operator = operators.operatorOf(Org.PLATFORM);
        int grace = ledger.evaluate(new LedgerCall(operator, TxName.GET_CONFIG, null, Map.of()), ChaincodeConfig.class)
                .overdueGraceDays();
        LocalDate today = BusinessDate.of(clock.instant());
        int examined = 0;
        int marked = 0;
        int declined = 0;
        for (VoucherStatus status : PAYABLE) {
            String bookmark = "";
            do {
                Page<Voucher> page = page(operator, status, bookmark);
                for (Voucher voucher : page.items()) {
                    examined++;
                    if (today.isBefore(ChaincodeConfig.firstOverdueDay(voucher.maturityDate(), grace))) {
                        continue;
                    }
                    if (mark(operator, voucher)) {
                        marked++;
                    } else {
                        declined++;
                    }
                }
                bookmark = page.bookmark();
            } while (!bookmark.isEmpty());
        }
        return new OverdueRun(today, grace, examined, marked, declined);
    }

    private Page<Voucher> page(FabricIdentity operator, VoucherStatus status, String bookmark) {
        byte[] json = ledger.evaluate(LedgerCall.json(operator, TxName.LIST_VOUCHERS_BY_STATUS,
                new VouchersByStatusQuery(status, PAGE_SIZE, bookmark)), byte[].class);
        return JsonCodec.fromJson(new String(json, StandardCharsets.UTF_8), VOUCHER_PAGE);
    }

    private boolean mark(FabricIdentity operator, Voucher voucher) {
        try {
            ledger.submit(LedgerCall.json(operator, TxName.MARK_VOUCHER_OVERDUE, new VoucherDecision(voucher.id(), null)), Voucher.class);
            return true;
        } catch (LedgerRejectedException e) {
            LOG.infof("voucher %s not marked overdue: %s %s", voucher.id(), e.code(), e.getMessage());
            return false;
        }
    }
}
