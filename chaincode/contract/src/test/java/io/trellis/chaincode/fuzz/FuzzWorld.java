package io.trellis.chaincode.fuzz;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE3;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.InMemoryLedger;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fuzz suite's ledger: the contract tests' ABS world (every role, three obligors with lines from BANK, which
 * settles for all three) plus the objects a transaction's valid call needs, made on demand and remembered until a
 * call consumes them. Everything is made through the chaincode itself, as the other contract tests do.
 */
final class FuzzWorld {
    /** A voucher's face in the SCF fixtures: 100.00. */
    static final long VOUCHER_FEN = 10_000;
    /** The small deal's vouchers: 100,000.00, one per obligor. */
    static final long POOLED_FEN = 10_000_000;

    final AbsWorld abs = new AbsWorld();
    final ScfWorld scf = abs.scf;
    final ChaincodeHarness chain = scf.chain;
    private final Map<String, Fixture> fixtures = new HashMap<>();
    /** Ids of what this world holds, for inputs that name someone else's object. */
    private final List<String> knownIds = new ArrayList<>(List.of(CORE, TIER1, BANK, SECURITIES, INVESTOR,
            ScfWorld.TIER2, ScfWorld.BANK2, ScfWorld.SERVICER, ScfWorld.AUDITOR, ScfWorld.PENDING_SUPPLIER, CORE2,
            ScfWorld.RATER));
    private int serial;

    InMemoryLedger ledger() {
        return chain.ledger();
    }

    /** The fixture of the transaction being fuzzed, made by {@code make} unless the current one may still serve. */
    @SuppressWarnings("unchecked")
    <T> T fixture(String transaction, Supplier<T> make) {
        Fixture current = fixtures.get(transaction);
        if (current == null || current.usedUp() && current.staleTries-- <= 0) {
            current = new Fixture(make.get());
            fixtures.put(transaction, current);
        }
        return (T) current.value;
    }

    /**
     * A successful call used the fixture up. The next {@code staleTries} tries still get it (calls on an object
     * already moved on, refused by the rules), then a new one is made: costly fixtures are not remade every try.
     */
    void consume(String transaction, int staleTries) {
        Fixture current = fixtures.get(transaction);
        if (current != null) {
            current.staleTries = staleTries;
        }
    }

    private static final class Fixture {
        final Object value;
        /** -1 while unused; then how many more tries may get it. */
        int staleTries = -1;

        Fixture(Object value) {
            this.value = value;
        }

        boolean usedUp() {
            return staleTries >= 0;
        }
    }

    List<String> knownIds() {
        return knownIds;
    }

    int next() {
        return ++serial;
    }

    private <T> T remember(String id, T value) {
        if (knownIds.size() < 200) {
            knownIds.add(id);
        } else {
            knownIds.set(serial % knownIds.size(), id);
        }
        return value;
    }

    String freshPartyId() {
        return FreshIds.party(next());
    }

    /** A party registered by its org's operator and left PENDING. */
    String pendingParty(PartyRole role, Org org) {
        String id = freshPartyId();
        scf.chain.submit(operatorOf(org), TxName.REGISTER_PARTY, new RegisterPartyRequest(id, "Fuzz " + id,
                List.of(role), org, ScfWorld.as(id).certificateId())).as(Object.class);
        return remember(id, id);
    }

    /** A KYC-approved core enterprise no bank has granted a line yet. */
    String freshCore() {
        String id = freshPartyId();
        scf.register(id, PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        return remember(id, id);
    }

    /** A core enterprise holding a line of 1,000,000.00 from BANK. */
    String coreWithLine() {
        String core = freshCore();
        scf.grantLine(BANK, core, 100_000_000L);
        return core;
    }

    Invoice registeredInvoice() {
        Invoice invoice = scf.registeredInvoice(TIER1, VOUCHER_FEN);
        return remember(invoice.id(), invoice);
    }

    Invoice confirmedInvoice() {
        Invoice invoice = scf.confirmedInvoice(TIER1, VOUCHER_FEN);
        return remember(invoice.id(), invoice);
    }

    Voucher issuedVoucher() {
        Voucher voucher = scf.issued(TIER1, VOUCHER_FEN);
        return remember(voucher.id(), voucher);
    }

    Voucher activeVoucher() {
        Voucher voucher = scf.active(TIER1, VOUCHER_FEN);
        return remember(voucher.id(), voucher);
    }

    Financing appliedFinancing() {
        Financing financing = scf.applied(TIER1, activeVoucher().id(), BANK);
        return remember(financing.id(), financing);
    }

    Financing approvedFinancing() {
        Financing financing = appliedFinancing();
        scf.approve(BANK, financing.id(), new TermsOffer(450, TODAY)).as(Object.class);
        return financing;
    }

    /** A payment BANK posted for one voucher of CORE at maturity: its outcome names one payout. */
    SettlementOutcome settledPayment() {
        Voucher voucher = activeVoucher();
        String paymentId = track("PAY-F" + next());
        scf.at(ScfWorld.AT_MATURITY);
        try {
            return scf.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice(paymentId, CORE, MATURITY,
                    cny(VOUCHER_FEN), voucher.id())).as(SettlementOutcome.class);
        } finally {
            scf.at(ScfWorld.START);
        }
    }

    /** Three ACTIVE vouchers of TIER1, one per obligor, that together meet the pool criteria. */
    List<String> poolableVouchers() {
        List<String> ids = new ArrayList<>();
        for (String core : List.of(CORE, CORE2, CORE3)) {
            ids.add(track(abs.voucher(core, POOLED_FEN, MATURITY).id()));
        }
        return ids;
    }

    String emptyPool() {
        return track(abs.pool().id());
    }

    /** An empty pool with its providers appointed ({@link AbsWorld#appointProviders}). */
    String appointedPool() {
        String poolId = emptyPool();
        abs.appointProviders(poolId);
        return poolId;
    }

    /** An appointed pool with SERVICER's clean legal opinion on record. */
    String attestedPool() {
        String poolId = appointedPool();
        abs.submit(ScfWorld.SERVICER, TxName.RECORD_ATTESTATION, new RecordAttestationRequest(poolId,
                AttestationKind.LEGAL_OPINION, AttestationOpinion.UNQUALIFIED, ScfWorld.hash("legal opinion")))
                .as(Object.class);
        return poolId;
    }

    /** A pool holding {@link #poolableVouchers()}, still STRUCTURING. */
    PooledDeal pooledDeal() {
        String poolId = emptyPool();
        List<String> vouchers = poolableVouchers();
        abs.submit(TIER1, TxName.ADD_POOL_ASSETS, new PoolAssetsRequest(poolId, vouchers)).as(Object.class);
        return new PooledDeal(poolId, vouchers);
    }

    String structuredDeal() {
        return track(abs.structuredDeal());
    }

    String readyDeal() {
        return track(abs.readyDeal());
    }

    String openDeal() {
        return track(abs.openDeal());
    }

    /** An open deal with INVESTOR's orders for every unit. */
    String subscribedDeal() {
        String poolId = openDeal();
        abs.subscribe(INVESTOR, poolId, TrancheClass.SENIOR, 2_000);
        abs.subscribe(INVESTOR, poolId, TrancheClass.MEZZANINE, 500);
        abs.subscribe(INVESTOR, poolId, TrancheClass.SUBORDINATED, 300);
        return poolId;
    }

    String allocatedDeal(long mezzanineUnits) {
        return track(abs.allocatedDeal(mezzanineUnits));
    }

    String issuedDeal() {
        return track(abs.issuedDeal());
    }

    private String track(String id) {
        return remember(id, id);
    }

    private static io.trellis.chaincode.core.Caller operatorOf(Org org) {
        return switch (org) {
            case PLATFORM -> io.trellis.chaincode.testing.Callers.PLATFORM_OPERATOR;
            case BANK -> io.trellis.chaincode.testing.Callers.BANK_OPERATOR;
            case SECURITIES -> io.trellis.chaincode.testing.Callers.SECURITIES_OPERATOR;
        };
    }

    record PooledDeal(String poolId, List<String> voucherIds) {
    }
}
