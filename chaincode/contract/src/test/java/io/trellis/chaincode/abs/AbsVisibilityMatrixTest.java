package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR2;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR3;
import static io.trellis.chaincode.testing.ScfWorld.RATER;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.InvestorPortfolio;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheQuery;
import io.trellis.chaincode.api.abs.TrancheSeeThrough;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.InMemoryScenarioLedger;
import io.trellis.chaincode.testing.ScenarioIds;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may read what of an ABS deal (docs/abs.md §7, "Who reads what"): every ABS query by every reader. WHOLE and
 * PART are both visible; PART is checked to hold the reader's own positions only. NOT_FOUND is POOL_NOT_FOUND
 * with the message of a missing pool (for GetHistory: the empty list of a key never written).
 */
class AbsVisibilityMatrixTest {

    enum Outcome { WHOLE, PART, NOT_FOUND, NOT_ALLOWED }

    private static final String PLATFORM_OP = "PLATFORM_OPERATOR";
    private static final String BANK_OP = "BANK_OPERATOR";
    private static final String SECURITIES_OP = "SECURITIES_OPERATOR";
    /** A KYC-approved service provider no manager appointed to either deal. */
    private static final String UNAPPOINTED = ScenarioIds.party("91310000000000054");
    private static final Map<String, Caller> READERS = new LinkedHashMap<>();

    static {
        for (String party : List.of(SECURITIES, TIER1, TIER2, CORE, BANK, INVESTOR, INVESTOR2, INVESTOR3, SERVICER,
                RATER, AUDITOR)) {
            READERS.put(party, ScfWorld.as(party));
        }
        READERS.put(UNAPPOINTED, InMemoryScenarioLedger.callerOf(UNAPPOINTED, Org.SECURITIES));
        READERS.put(PLATFORM_OP, Callers.PLATFORM_OPERATOR);
        READERS.put(BANK_OP, Callers.BANK_OPERATOR);
        READERS.put(SECURITIES_OP, Callers.SECURITIES_OPERATOR);
    }

    /**
     * An issued deal (INVESTOR holds senior and subordinated, INVESTOR2 mezzanine; SERVICER and RATER appointed) and
     * a pool still structuring, RATER its only appointee.
     */
    static final class Deals {
        final AbsWorld world = new AbsWorld();
        final String issued;
        final String structuring;

        Deals() {
            world.scf.register(UNAPPOINTED, PartyRole.SERVICE_PROVIDER, Org.SECURITIES);
            issued = world.openDeal();
            world.subscribe(INVESTOR, issued, TrancheClass.SENIOR, 2_000);
            world.subscribe(INVESTOR2, issued, TrancheClass.MEZZANINE, 500);
            world.subscribe(INVESTOR, issued, TrancheClass.SUBORDINATED, 300);
            world.manage(TxName.CLOSE_SUBSCRIPTION, issued);
            world.manage(TxName.ISSUE_DEAL, issued);
            structuring = world.pool().id();
            world.appoint(structuring, ProviderRole.RATING_AGENCY, RATER).as(Object.class);
        }

        ChaincodeHarness.Result ask(String reader, String transaction, Object argument) {
            return world.scf.chain.submit(READERS.get(reader), transaction, argument);
        }
    }

    private static Deals deals;

    private static Deals deals() {
        if (deals == null) {
            deals = new Deals();
        }
        return deals;
    }

    record Query(String name, String transaction, Object argument, String poolId,
            BiConsumer<String, ChaincodeHarness.Result> whole, BiConsumer<String, ChaincodeHarness.Result> part,
            Map<String, Outcome> cells) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<String, Outcome> cells(Outcome otherwise, List<String> whole, List<String> part,
            List<String> notAllowed) {
        Map<String, Outcome> cells = new LinkedHashMap<>();
        for (String reader : READERS.keySet()) {
            cells.put(reader, whole.contains(reader) ? Outcome.WHOLE : part.contains(reader) ? Outcome.PART
                    : notAllowed.contains(reader) ? Outcome.NOT_ALLOWED : otherwise);
        }
        return cells;
    }

    private static final List<String> DEAL_PARTIES = List.of(SECURITIES, TIER1, AUDITOR, SECURITIES_OP, PLATFORM_OP);
    private static final TypeReference<List<KeyChange>> CHANGES = new TypeReference<>() {
    };

    static List<Query> queries() {
        Deals d = deals();
        BiConsumer<String, ChaincodeHarness.Result> allPositions = (reader, r) -> {
            DealView view = r.as(DealView.class);
            assertThat(view.deal().holdings()).extracting(Holding::investorId).contains(INVESTOR, INVESTOR2);
            assertThat(view.deal().allocations()).flatExtracting(TrancheAllocation::allocations).hasSize(3);
        };
        BiConsumer<String, ChaincodeHarness.Result> ownPositions = (reader, r) -> {
            DealView view = r.as(DealView.class);
            assertThat(view.assets()).hasSize(3);
            assertThat(view.appointments()).hasSize(4);
            boolean holds = List.of(INVESTOR, INVESTOR2).contains(reader);
            assertThat(view.deal().holdings()).extracting(Holding::investorId)
                    .allSatisfy(id -> assertThat(id).isEqualTo(reader)).hasSize(holds ? (reader.equals(INVESTOR) ? 2 : 1) : 0);
            assertThat(view.deal().allocations()).flatExtracting(TrancheAllocation::allocations)
                    .extracting(Holding::investorId).allSatisfy(id -> assertThat(id).isEqualTo(reader))
                    .hasSize(holds ? (reader.equals(INVESTOR) ? 2 : 1) : 0);
            assertThat(view.deal().allocations()).extracting(TrancheAllocation::subscribedUnits)
                    .containsExactly(2_000L, 500L, 300L);
        };
        BiConsumer<String, ChaincodeHarness.Result> seeThrough = (reader, r) ->
                assertThat(r.as(TrancheSeeThrough.class).assets()).hasSize(3);
        List<Query> queries = new ArrayList<>();
        queries.add(new Query("GetDeal issued", TxName.GET_DEAL, d.issued, d.issued, allPositions, ownPositions,
                cells(Outcome.NOT_FOUND, DEAL_PARTIES, List.of(INVESTOR, INVESTOR2, INVESTOR3, SERVICER, RATER),
                        List.of())));
        queries.add(new Query("GetDeal structuring", TxName.GET_DEAL, d.structuring, d.structuring,
                (reader, r) -> assertThat(r.as(DealView.class).pool().id()).isEqualTo(d.structuring),
                (reader, r) -> assertThat(r.as(DealView.class).appointments()).extracting(ProviderAppointment::providerId)
                        .containsExactly(RATER),
                cells(Outcome.NOT_FOUND, DEAL_PARTIES, List.of(RATER), List.of())));
        queries.add(new Query("GetTrancheAssets issued senior", TxName.GET_TRANCHE_ASSETS,
                new TrancheQuery(d.issued, TrancheClass.SENIOR), d.issued, seeThrough, seeThrough,
                cells(Outcome.NOT_FOUND, DEAL_PARTIES, List.of(INVESTOR, INVESTOR2, INVESTOR3, SERVICER, RATER),
                        List.of())));
        queries.add(new Query("CheckPoolEligibility structuring", TxName.CHECK_POOL_ELIGIBILITY,
                new PoolAssetsRequest(d.structuring, List.of("CV0123456789ABCDEF0123")), d.structuring,
                (reader, r) -> assertThat(r.as(EligibilityReport.class).poolId()).isEqualTo(d.structuring), null,
                cells(Outcome.NOT_FOUND, DEAL_PARTIES, List.of(), List.of())));
        queries.add(new Query("GetInvestorPortfolio INVESTOR", TxName.GET_INVESTOR_PORTFOLIO, INVESTOR, null,
                (reader, r) -> assertThat(r.as(InvestorPortfolio.class).holdings()).hasSize(2), null,
                cells(Outcome.NOT_ALLOWED, List.of(INVESTOR, AUDITOR, SECURITIES_OP), List.of(), List.of())));
        queries.add(new Query("GetHistory abs-deal issued", TxName.GET_HISTORY,
                new HistoryRequest("abs-deal", List.of(d.issued)), null,
                (reader, r) -> assertThat(r.as(CHANGES)).isNotEmpty(), null,
                cells(Outcome.NOT_FOUND, DEAL_PARTIES, List.of(), List.of())));
        return queries;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (Query query : queries()) {
            query.cells().forEach((reader, outcome) -> rows.add(Arguments.of(query, reader, outcome)));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("matrix")
    void each_reader_sees_exactly_what_the_matrix_says(Query query, String reader, Outcome expected) {
        ChaincodeHarness.Result result = deals().ask(reader, query.transaction(), query.argument());

        switch (expected) {
            case WHOLE -> {
                assertThat(result.ok()).as(() -> result.response().getMessage()).isTrue();
                query.whole().accept(reader, result);
            }
            case PART -> {
                assertThat(result.ok()).as(() -> result.response().getMessage()).isTrue();
                query.part().accept(reader, result);
            }
            case NOT_ALLOWED -> assertThat(result.code()).isEqualTo(ErrorCode.NOT_ALLOWED);
            case NOT_FOUND -> {
                if (query.transaction().equals(TxName.GET_HISTORY)) {
                    assertThat(result.as(CHANGES)).isEmpty();
                } else {
                    assertThat(result.code()).isEqualTo(ErrorCode.POOL_NOT_FOUND);
                    assertThat(result.error().message()).isEqualTo("no pool " + query.poolId());
                }
            }
        }
    }
}
