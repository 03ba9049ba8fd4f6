package io.trellis.bench;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.party.CertificateIds;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.OperatorWallet;
import io.trellis.ledger.wiring.PartyIdentities;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Makes each point's workload and does its setup first, outside the window: the fixture parties once per run,
 * and enough stock vouchers for the rate to expect, then waits for the read model to take in the setup. The REST
 * workload's suppliers are parties registered through scf-service (its wallet must hold their identities); its
 * stock is its own.
 */
final class Workloads {
    private static final Logger LOG = Logger.getLogger(Workloads.class.getName());

    private final LedgerClient ledger;
    private final Optional<Path> clockOffsetFile;
    private final OperatorWallet operators;
    private final PartyIdentities identities;
    private final ReadModelProbe readModel;
    private final DeskParties deskParties;
    private final ScfDesk desk;
    private final BenchOptions options;
    private final String runTag;
    private final VoucherStock stock = new VoucherStock();
    private final VoucherStock restStock = new VoucherStock();
    private Fixture fixture;
    private StockBuilder builder;
    private Fixture restFixture;
    private List<DeskParties.DeskParty> restSuppliers;
    private StockBuilder restBuilder;
    private DeskParties.DeskParty settlementBank;
    private MaturedVouchers matured;
    private int tierLimit;

    /**
     * @param clockOffsetFile the test stack's clock offset file, which {@code ledger} follows (settle-notices needs it)
     */
    Workloads(LedgerClient ledger, Optional<Path> clockOffsetFile, OperatorWallet operators, PartyIdentities identities,
            ReadModelProbe readModel, DeskParties deskParties, ScfDesk desk, BenchOptions options, String runTag) {
        this.ledger = ledger;
        this.clockOffsetFile = clockOffsetFile;
        this.deskParties = deskParties;
        this.desk = desk;
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
                stockUp(builder(), stock, clients, expectedRate, run, StockPlan.transfersPerVoucher(tierLimit()));
                yield new TransferVoucherWorkload(fixture, stock, tierLimit(), clients);
            }
            case "transfer-voucher-rest" -> {
                stockUp(restBuilder(), restStock, clients, expectedRate, run,
                        StockPlan.transfersPerVoucher(tierLimit()));
                // Fresh tokens for every point: they live 15 minutes, a run longer.
                List<String> tokens = restSuppliers.stream().map(deskParties::token).toList();
                yield new TransferVoucherRestWorkload(restFixture, restStock, tierLimit(), clients, desk, tokens);
            }
            case "apply-financing" -> {
                stockUp(builder(), stock, clients, expectedRate, run, 1);
                yield new ApplyFinancingWorkload(fixture, stock);
            }
            default -> throw new IllegalArgumentException("unknown workload " + name);
        };
    }

    /**
     * {@code count} mature root vouchers of the fixture's core, and a bank registered through scf-service (so that
     * settlement-service signs for it) that the core designated as its settlement bank.
     */
    SettlementBatch settlementBatch(int count) throws InterruptedException {
        Fixture parties = fixture();
        if (settlementBank == null) {
            Path offsetFile = clockOffsetFile.orElseThrow(() -> new IllegalStateException(
                    "settle-notices needs a test stack's clock offset file (TRELLIS_FABRIC_CLOCK_OFFSET_FILE)"));
            matured = new MaturedVouchers(ledger, offsetFile, parties, runTag);
            settlementBank = deskParties.register(BenchIds.partyId('8', runTag, 4, 0), PartyRole.FINANCIER, Org.BANK);
            matured.designate(settlementBank.party(), runTag);
        }
        long t0 = System.nanoTime();
        List<Voucher> roots = matured.issue(count);
        LOG.info(String.format("settlement: %d mature vouchers in %.1f s; bank %s", roots.size(),
                (System.nanoTime() - t0) / 1e9, settlementBank.party().id()));
        return new SettlementBatch(settlementBank.party().id(), parties.core().id(),
                BenchIds.runTag(Instant.now().getEpochSecond()), roots);
    }

    private Fixture fixture() throws InterruptedException {
        if (fixture == null) {
            fixture = new FixtureSetup(ledger, operators, identities).create(runTag, options.suppliers());
            LOG.info("fixture: core " + fixture.core().id() + ", financier " + fixture.financier().id() + ", "
                    + fixture.suppliers().size() + " suppliers");
        }
        return fixture;
    }

    private StockBuilder builder() throws InterruptedException {
        if (builder == null) {
            builder = new StockBuilder(ledger, fixture(), runTag);
        }
        return builder;
    }

    /** The fixture's core and financier, with suppliers registered through scf-service, each with its user. */
    private StockBuilder restBuilder() throws InterruptedException {
        if (restBuilder == null) {
            Fixture parties = fixture();
            List<Callable<DeskParties.DeskParty>> registrations = IntStream.range(0, options.suppliers())
                    .<Callable<DeskParties.DeskParty>>mapToObj(n -> () -> deskParties.register(
                            BenchIds.partyId('8', runTag, 3, n), PartyRole.SUPPLIER, Org.PLATFORM))
                    .toList();
            restSuppliers = Parallel.all(registrations, registrations.size());
            restFixture = new Fixture(parties.core(), parties.financier(),
                    restSuppliers.stream().map(DeskParties.DeskParty::party).toList());
            restBuilder = new StockBuilder(ledger, restFixture, runTag);
            LOG.info("REST fixture: " + restSuppliers.size() + " suppliers registered through scf-service");
        }
        return restBuilder;
    }

    private void stockUp(StockBuilder stockBuilder, VoucherStock vouchers, int clients, double expectedRate,
            Duration run, int callsPerVoucher) throws InterruptedException {
        int needed = StockPlan.vouchersNeeded(expectedRate, run, clients, callsPerVoucher);
        long t0 = System.nanoTime();
        List<RunResult.Commit> splits = stockBuilder.topUp(vouchers, needed);
        if (!splits.isEmpty()) {
            ReadModelLag settled = readModel.await(splits, options.settle());
            LOG.info(String.format("stock: %d vouchers (needed %d) in %.1f s; read model took in %d of %d splits",
                    vouchers.size(), needed, (System.nanoTime() - t0) / 1e9, settled.projected(), splits.size()));
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
