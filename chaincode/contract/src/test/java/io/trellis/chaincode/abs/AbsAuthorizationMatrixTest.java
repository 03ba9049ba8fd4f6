package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.AppointProviderRequest;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.CreatePoolRequest;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.ResizeTrancheRequest;
import io.trellis.chaincode.api.abs.RunPaymentDateRequest;
import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.WithdrawAttestationRequest;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.RoleMatrix;
import io.trellis.chaincode.testing.ScfWorld;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what in an ABS: every write transaction tried by a party of every role. The allowed role acts as the
 * party the transaction is about (the pool's manager, its originator); every other role is refused with NOT_ALLOWED.
 */
class AbsAuthorizationMatrixTest {
    private static final String DOC = ScfWorld.hash("doc");
    private static final String OTHER_FIRM = "913100000000000325";

    /** What a transaction is called with, and the business date to call it on (null: the harness's today). */
    record Call(Object argument, LocalDate on) {
        Call(Object argument) {
            this(argument, null);
        }
    }

    record Case(String transaction, Set<PartyRole> allowed, Function<AbsWorld, Call> setup) {
        @Override
        public String toString() {
            return transaction;
        }
    }

    private static List<Case> cases() {
        Set<PartyRole> manager = EnumSet.of(PartyRole.SECURITIES_FIRM);
        Set<PartyRole> originator = EnumSet.of(PartyRole.SUPPLIER);
        Set<PartyRole> provider = EnumSet.of(PartyRole.SERVICE_PROVIDER);
        return List.of(
                new Case(TxName.CREATE_POOL, manager, w -> new Call(
                        new CreatePoolRequest(TIER1, AbsWorld.CRITERIA, AbsWorld.REQUIRED, TODAY))),
                new Case(TxName.ADD_POOL_ASSETS, originator, w -> {
                    String poolId = w.pooledDeal();
                    return new Call(new PoolAssetsRequest(poolId, List.of(w.voucher(CORE, 100, MATURITY).id())));
                }),
                new Case(TxName.REMOVE_POOL_ASSETS, originator, w -> {
                    String poolId = w.pooledDeal();
                    // Taking every voucher back leaves an empty pool, which breaks no concentration limit.
                    return new Call(new PoolAssetsRequest(poolId,
                            w.deal(poolId).assets().stream().map(PoolEntry::voucherId).toList()));
                }),
                new Case(TxName.APPOINT_PROVIDER, manager, w -> new Call(
                        new AppointProviderRequest(w.pooledDeal(), ProviderRole.TRUSTEE, SERVICER))),
                // The service provider acting is SERVICER, the deal's accountant (AbsWorld#appointProviders).
                new Case(TxName.RECORD_ATTESTATION, provider, w -> new Call(new RecordAttestationRequest(
                        w.appointedDeal(), AttestationKind.AUDIT, AttestationOpinion.UNQUALIFIED, DOC))),
                new Case(TxName.WITHDRAW_ATTESTATION, provider, w -> {
                    String poolId = w.appointedDeal();
                    w.attestEverything(poolId);
                    return new Call(new WithdrawAttestationRequest(poolId, AttestationKind.AUDIT));
                }),
                new Case(TxName.RECORD_RATING, provider, w -> {
                    String poolId = w.structuredDeal();
                    w.appoint(poolId, ProviderRole.RATING_AGENCY, SERVICER).as(Object.class);
                    return new Call(new RecordRatingRequest(poolId, TrancheClass.SENIOR, "AAA"));
                }),
                new Case(TxName.SET_DEAL_STRUCTURE, manager, w -> new Call(AbsWorld.smallStructure(w.pooledDeal()))),
                new Case(TxName.OPEN_SUBSCRIPTION, manager, w -> new Call(new DealRequest(w.readyDeal()))),
                new Case(TxName.SUBSCRIBE, EnumSet.of(PartyRole.INVESTOR), w -> new Call(
                        new SubscribeRequest(w.openDeal(), TrancheClass.SENIOR, 10))),
                new Case(TxName.CLOSE_SUBSCRIPTION, manager, w -> new Call(new DealRequest(w.openDeal()))),
                new Case(TxName.RESIZE_TRANCHE, manager, w -> new Call(
                        new ResizeTrancheRequest(w.allocatedDeal(400), TrancheClass.MEZZANINE, 400))),
                new Case(TxName.ISSUE_DEAL, manager, w -> new Call(new DealRequest(w.allocatedDeal(500)))),
                new Case(TxName.CANCEL_DEAL, manager, w -> new Call(new DealRequest(w.openDeal()))),
                new Case(TxName.RUN_PAYMENT_DATE, manager, w -> new Call(
                        new RunPaymentDateRequest(w.issuedDeal(), AbsWorld.REPORT_HASH), AbsWorld.SMALL_P1)));
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.rows(cases());
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void each_role_may_do_exactly_what_the_matrix_allows(Case c, PartyRole role) {
        AbsWorld world = new AbsWorld();
        Call call = c.setup().apply(world);
        if (call.on() != null) {
            world.at(call.on());
        }

        var result = world.scf.chain.submit(as(RoleMatrix.PARTY_OF.get(role)), c.transaction(), call.argument());

        RoleMatrix.assertOutcome(c.allowed().contains(role), result);
    }

    @Test
    void another_securities_firm_is_not_the_manager_and_another_supplier_is_not_the_originator() {
        AbsWorld world = new AbsWorld();
        world.scf.register(OTHER_FIRM, PartyRole.SECURITIES_FIRM, Org.SECURITIES);
        String poolId = world.pooledDeal();

        assertThat(world.submit(ScfWorld.TIER2, TxName.ADD_POOL_ASSETS, new PoolAssetsRequest(poolId,
                List.of(world.scf.active(ScfWorld.TIER2, 100).id()))).code()).isEqualTo(ErrorCode.NOT_ALLOWED);
        Caller otherFirm = new Caller(Org.SECURITIES.mspId(), "x509::CN=" + OTHER_FIRM + "::CN=ca", false);
        assertThat(world.scf.chain.submit(otherFirm, TxName.SET_DEAL_STRUCTURE, AbsWorld.smallStructure(poolId)).code())
                .isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(world.scf.chain.submit(otherFirm, TxName.APPOINT_PROVIDER,
                new AppointProviderRequest(poolId, ProviderRole.LAW_FIRM, SERVICER)).code())
                .isEqualTo(ErrorCode.NOT_ALLOWED);
    }

    @Test
    void an_investor_sees_only_its_own_portfolio_and_an_auditor_sees_any() {
        AbsWorld world = new AbsWorld();

        assertThat(world.submit(ScfWorld.INVESTOR2, TxName.GET_INVESTOR_PORTFOLIO, INVESTOR).code())
                .isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(world.submit(INVESTOR, TxName.GET_INVESTOR_PORTFOLIO, INVESTOR).ok()).isTrue();
        assertThat(world.submit(AUDITOR, TxName.GET_INVESTOR_PORTFOLIO, INVESTOR).ok()).isTrue();
    }
}
