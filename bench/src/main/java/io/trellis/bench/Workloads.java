package io.trellis.bench;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.OperatorWallet;
import io.trellis.ledger.wiring.PartyIdentities;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Makes each point's workload and does its setup first, outside the window: the fixture parties once per run,
 * and enough stock vouchers for the rate to expect, then waits for the read model to take in the setup.
 */
final class Workloads {
    private static final Logger LOG = Logger.getLogger(Workloads.class.getName());

    private final LedgerClient ledger;
    private final OperatorWallet operators;
    private final PartyIdentities identities;
    private final ReadModelProbe readModel;
    private final BenchOptions options;
    private final String runTag;
    private final VoucherStock stock = new VoucherStock();
    private Fixture fixture;
    private StockBuilder builder;
    private int tierLimit;

    Workloads(LedgerClient ledger, OperatorWallet operators, PartyIdentities identities, ReadModelProbe readModel,
            BenchOptions options, String runTag) {
        this.ledger = ledger;
        this.operators = operators;
        this.identities = identities;
        this.readModel = readModel;
        this.options = options;
        this.runTag = runTag;
    }

    /**
     * The workload called {@code name} for {@code clients} clients, to run for {@code run} (warm-up included) at
     * about {@code expectedRate} tx/s.
     */
    Workload prepare(String name, int clients, double expectedRate, Duration run) throws InterruptedException {
        FabricIdentity operator = operators.operatorOf(Org.PLATFORM);
        return switch (name) {
            case "heartbeat" -> new HeartbeatWorkload(operator);
            // A tag per point: a second point never meets the ids of the first.
            case "register-party" -> new RegisterPartyWorkload(operator,
                    RegisterPartyWorkload.issuerOf(CertificateIds.of(operator.certificate())),
                    BenchIds.runTag(Instant.now().getEpochSecond()));
            case "transfer-voucher" -> {
                stockUp(clients, expectedRate, run, StockPlan.transfersPerVoucher(tierLimit()));
                yield new TransferVoucherWorkload(fixture, stock, tierLimit(), clients);
            }
            case "apply-financing" -> {
                stockUp(clients, expectedRate, run, 1);
                yield new ApplyFinancingWorkload(fixture, stock);
            }
            default -> throw new IllegalArgumentException("unknown workload " + name);
        };
    }

    private void stockUp(int clients, double expectedRate, Duration run, int callsPerVoucher)
            throws InterruptedException {
        if (fixture == null) {
            fixture = new FixtureSetup(ledger, operators, identities).create(runTag, options.suppliers());
            builder = new StockBuilder(ledger, fixture, runTag);
            LOG.info("fixture: core " + fixture.core().id() + ", financier " + fixture.financier().id() + ", "
                    + fixture.suppliers().size() + " suppliers");
        }
        int needed = StockPlan.vouchersNeeded(expectedRate, run, clients, callsPerVoucher);
        long t0 = System.nanoTime();
        List<RunResult.Commit> splits = builder.topUp(stock, needed);
        if (!splits.isEmpty()) {
            ReadModelLag settled = readModel.await(splits, options.settle());
            LOG.info(String.format("stock: %d vouchers (needed %d) in %.1f s; read model took in %d of %d splits",
                    stock.size(), needed, (System.nanoTime() - t0) / 1e9, settled.projected(), splits.size()));
        }
    }

    /** The chaincode's tier limit as configured on chain now (an operator may have changed the default). */
    private int tierLimit() {
        if (tierLimit == 0) {
            LedgerCall config = new LedgerCall(operators.operatorOf(Org.PLATFORM), TxName.GET_CONFIG, null, Map.of());
            tierLimit = ledger.evaluate(config, ChaincodeConfig.class).tierLimit();
        }
        return tierLimit;
    }
}
