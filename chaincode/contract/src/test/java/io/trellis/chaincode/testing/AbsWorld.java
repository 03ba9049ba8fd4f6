package io.trellis.chaincode.testing;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE3;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR2;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR3;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR4;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.RATER;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.AppointProviderRequest;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.CreatePoolRequest;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.SetDealStructureRequest;
import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.Voucher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The SCF world plus what an ABS needs: three obligors with credit lines (BANK is each one's settlement bank), four investors, a servicer and a rating
 * agency, and shortcuts that take a deal to each stage of its life. The manager is SECURITIES, the originator TIER1;
 * from {@link #appointedDeal()} on, SERVICER is the deal's law firm, accountant and trustee, RATER its rating agency.
 */
public final class AbsWorld {
    /** 30 to 365 days to maturity, at most 40.00% per obligor, ACTIVE or FINANCED. */
    public static final PoolCriteria CRITERIA = new PoolCriteria("CNY", 30, 365, 4_000,
            List.of(PoolAssetStatus.ACTIVE, PoolAssetStatus.FINANCED));
    public static final List<AttestationKind> REQUIRED = List.of(AttestationKind.LEGAL_OPINION, AttestationKind.AUDIT,
            AttestationKind.TRUSTEE, AttestationKind.RATING);
    public static final LocalDate ISSUE_DATE = LocalDate.of(2026, 4, 1);
    public static final LocalDate SMALL_P1 = LocalDate.of(2026, 7, 1);
    public static final LocalDate SMALL_P2 = LocalDate.of(2026, 10, 1);
    public static final String REPORT_HASH = ScfWorld.hash("servicer report");

    public final ScfWorld scf;

    public AbsWorld() {
        this(new InMemoryScenarioLedger());
    }

    public AbsWorld(ScenarioLedger ledger) {
        scf = new ScfWorld(ledger);
        scf.register(CORE2, PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        scf.register(CORE3, PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        for (String investor : List.of(INVESTOR2, INVESTOR3, INVESTOR4)) {
            scf.register(investor, PartyRole.INVESTOR, Org.SECURITIES);
        }
        scf.register(RATER, PartyRole.SERVICE_PROVIDER, Org.SECURITIES);
        for (String core : List.of(CORE, CORE2, CORE3)) {
            scf.grantLine(BANK, core, 10_000_000_00L);
            scf.designateBank(core, BANK);
        }
    }

    /** 09:00 in Shanghai on {@code date}. */
    public static Instant morningOf(LocalDate date) {
        return date.atTime(1, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    public void at(LocalDate date) {
        scf.at(morningOf(date));
    }

    public ChaincodeHarness.Result submit(String partyId, String transaction, Object argument) {
        return scf.submit(partyId, transaction, argument);
    }

    public Pool pool() {
        return pool(CRITERIA);
    }

    public Pool pool(PoolCriteria criteria) {
        return submit(SECURITIES, TxName.CREATE_POOL, new CreatePoolRequest(TIER1, criteria, REQUIRED, TODAY))
                .as(Pool.class);
    }

    /** An ACTIVE voucher of {@code coreId} held by the originator. */
    public Voucher voucher(String coreId, long fen, LocalDate maturity) {
        return scf.active(coreId, TIER1, fen, maturity);
    }

    public ChaincodeHarness.Result add(String poolId, Voucher... vouchers) {
        return submit(TIER1, TxName.ADD_POOL_ASSETS, new PoolAssetsRequest(poolId, ids(vouchers)));
    }

    public ChaincodeHarness.Result remove(String poolId, Voucher... vouchers) {
        return submit(TIER1, TxName.REMOVE_POOL_ASSETS, new PoolAssetsRequest(poolId, ids(vouchers)));
    }

    /** The manager engages {@code providerId} for the deal in {@code role}. */
    public ChaincodeHarness.Result appoint(String poolId, ProviderRole role, String providerId) {
        return submit(SECURITIES, TxName.APPOINT_PROVIDER, new AppointProviderRequest(poolId, role, providerId));
    }

    /** SERVICER as law firm, accountant and trustee, RATER as rating agency: one provider may hold several roles. */
    public void appointProviders(String poolId) {
        for (ProviderRole role : ProviderRole.values()) {
            appoint(poolId, role, providerOf(role)).as(Object.class);
        }
    }

    /** Who {@link #appointProviders} engages in {@code role}. */
    public static String providerOf(ProviderRole role) {
        return role == ProviderRole.RATING_AGENCY ? RATER : SERVICER;
    }

    /** Every attestation the pool requires, each with a clean opinion by the provider appointed for its kind. */
    public void attestEverything(String poolId) {
        for (AttestationKind kind : REQUIRED) {
            String provider = providerOf(ProviderRole.attesting(kind));
            submit(provider, TxName.RECORD_ATTESTATION, new RecordAttestationRequest(poolId, kind,
                    AttestationOpinion.UNQUALIFIED, ScfWorld.hash(kind + " report"))).as(Object.class);
        }
    }

    public void rate(String poolId, TrancheClass tranche, String grade) {
        submit(RATER, TxName.RECORD_RATING, new RecordRatingRequest(poolId, tranche, grade)).as(Object.class);
    }

    public Deal manage(String transaction, String poolId) {
        return submit(SECURITIES, transaction, new DealRequest(poolId)).as(Deal.class);
    }

    public void subscribe(String investorId, String poolId, TrancheClass tranche, long units) {
        submit(investorId, TxName.SUBSCRIBE, new SubscribeRequest(poolId, tranche, units)).as(Object.class);
    }

    public DealView deal(String poolId) {
        return submit(SECURITIES, TxName.GET_DEAL, poolId).as(DealView.class);
    }

    public Voucher voucherNow(String id) {
        return scf.voucher(id);
    }

    // The small deal: three vouchers of 100,000.00, one per obligor (33.3% each), maturing on MATURITY.

    /**
     * Senior 200,000.00 (2,000 units) at 3.00%, mezzanine 50,000.00 (500 units) at 5.00%, subordinated 30,000.00
     * (300 units); fees 100.00; issued 2026-04-01, paid 2026-07-01 and 2026-10-01; trigger 5.00%.
     */
    public static SetDealStructureRequest smallStructure(String poolId) {
        return new SetDealStructureRequest(poolId, List.of(
                new TrancheTerms(TrancheClass.SENIOR, cny(20_000_000), 300),
                new TrancheTerms(TrancheClass.MEZZANINE, cny(5_000_000), 500),
                new TrancheTerms(TrancheClass.SUBORDINATED, cny(3_000_000), 0)),
                cny(10_000), ISSUE_DATE, List.of(SMALL_P1, SMALL_P2), 500);
    }

    public String pooledDeal() {
        String poolId = pool().id();
        add(poolId, voucher(CORE, 10_000_000, MATURITY), voucher(CORE2, 10_000_000, MATURITY),
                voucher(CORE3, 10_000_000, MATURITY)).as(Object.class);
        return poolId;
    }

    /** The pooled deal with its providers appointed ({@link #appointProviders}). */
    public String appointedDeal() {
        String poolId = pooledDeal();
        appointProviders(poolId);
        return poolId;
    }

    public String structuredDeal() {
        String poolId = appointedDeal();
        submit(SECURITIES, TxName.SET_DEAL_STRUCTURE, smallStructure(poolId)).as(Object.class);
        return poolId;
    }

    /** Structured, appointed, attested and rated: subscription may open. */
    public String readyDeal() {
        String poolId = structuredDeal();
        attestEverything(poolId);
        rate(poolId, TrancheClass.SENIOR, "AAA");
        rate(poolId, TrancheClass.MEZZANINE, "AA");
        return poolId;
    }

    public String openDeal() {
        String poolId = readyDeal();
        manage(TxName.OPEN_SUBSCRIPTION, poolId);
        return poolId;
    }

    /** INVESTOR orders all senior and subordinated units and {@code mezzanineUnits} of the 500 mezzanine ones. */
    public String allocatedDeal(long mezzanineUnits) {
        String poolId = openDeal();
        subscribe(INVESTOR, poolId, TrancheClass.SENIOR, 2_000);
        subscribe(INVESTOR, poolId, TrancheClass.MEZZANINE, mezzanineUnits);
        subscribe(INVESTOR, poolId, TrancheClass.SUBORDINATED, 300);
        manage(TxName.CLOSE_SUBSCRIPTION, poolId);
        return poolId;
    }

    public String issuedDeal() {
        String poolId = allocatedDeal(500);
        manage(TxName.ISSUE_DEAL, poolId);
        return poolId;
    }

    private static List<String> ids(Voucher... vouchers) {
        return Arrays.stream(vouchers).map(Voucher::id).toList();
    }
}
