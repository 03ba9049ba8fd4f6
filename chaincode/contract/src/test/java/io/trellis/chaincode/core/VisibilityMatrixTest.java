package io.trellis.chaincode.core;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TIER3;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.PayoutConfirmationRequest;
import io.trellis.chaincode.api.settlement.SettlementAccount;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.settlement.SettlementQuery;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.api.voucher.VouchersByHolderQuery;
import io.trellis.chaincode.api.voucher.VouchersByStatusQuery;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may read what (docs/domain.md §2a): every SCF query asked by every party of the world and by each
 * organisation's operator, against one ledger where each object exists. Each cell is VISIBLE (and the answer is
 * checked: the object, or exactly the caller's part of it), NOT_FOUND (the object's *_NOT_FOUND with exactly the
 * message a missing id gets; for GetHistory the empty list of a key never written) or NOT_ALLOWED.
 * Every query has callers on both sides, so no row passes because the object is missing or the rule is open.
 */
class VisibilityMatrixTest {

    enum Outcome { VISIBLE, NOT_FOUND, NOT_ALLOWED }

    /** The readers: the world's parties by id, and the operators by name. */
    private static final Map<String, Caller> READERS = new LinkedHashMap<>();
    private static final String PLATFORM_OP = "PLATFORM_OPERATOR";
    private static final String BANK_OP = "BANK_OPERATOR";
    private static final String SECURITIES_OP = "SECURITIES_OPERATOR";

    static {
        for (String party : List.of(CORE, TIER1, TIER2, TIER3, BANK, BANK2, SECURITIES, INVESTOR, SERVICER, AUDITOR)) {
            READERS.put(party, ScfWorld.as(party));
        }
        READERS.put(PLATFORM_OP, Callers.PLATFORM_OPERATOR);
        READERS.put(BANK_OP, Callers.BANK_OPERATOR);
        READERS.put(SECURITIES_OP, Callers.SECURITIES_OPERATOR);
    }

    /**
     * CORE owes v1 (held by TIER1) and v2c (transferred by TIER1 to TIER2, which asked BANK to finance it; approved),
     * both settled by PAY-1, posted by BANK (CORE's settlement bank): 100.00 to TIER1, 200.00 to TIER2. CORE2 owes w,
     * held by TIER1. BANK and BANK2 each granted CORE a line. BANK confirmed the payout to TIER1.
     */
    static final class Ledger {
        final ScfWorld world = new ScfWorld();
        final Voucher v1;
        final Voucher v2c;
        final Voucher w;
        final Invoice invoice;
        final Financing financing;
        final String payment = "PAY-1";
        final String paidToTier1;

        Ledger() {
            world.register(CORE2, PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
            world.grantLine(BANK, 1_000_000);
            world.grantLine(BANK2, 1_000);
            world.grantLine(BANK, CORE2, 1_000);
            v1 = world.active(TIER1, 100);
            invoice = world.submit(AUDITOR, TxName.GET_INVOICE, v1.invoiceIds().get(0)).as(Invoice.class);
            Voucher v2 = world.active(TIER1, 200);
            v2c = world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(v2.id(), TIER2))
                    .as(Voucher.class);
            financing = world.applied(TIER2, v2c.id(), BANK);
            world.approve(BANK, financing.id(), new TermsOffer(450, TODAY)).as(Financing.class);
            w = world.active(CORE2, TIER1, 50, MATURITY);
            world.designateBank(BANK);
            world.at(AT_MATURITY);
            paidToTier1 = world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice(payment, CORE, MATURITY, cny(300),
                    null)).as(SettlementOutcome.class).payouts().stream()
                    .filter(p -> p.holderId().equals(TIER1)).findFirst().orElseThrow().payoutId();
            world.submit(BANK, TxName.CONFIRM_PAYOUT, new PayoutConfirmationRequest(payment, paidToTier1, "TRF-1"))
                    .as(Object.class);
        }

        ChaincodeHarness.Result ask(String reader, String transaction, Object argument) {
            return world.chain.submit(READERS.get(reader), transaction, argument);
        }
    }

    private static Ledger ledger;

    private static Ledger ledger() {
        if (ledger == null) {
            ledger = new Ledger();
        }
        return ledger;
    }

    /**
     * One query: its argument, how a missing one is answered, and what a reader who sees it gets.
     *
     * @param missing the message of the not-found answer for this argument (null for GetHistory: empty list)
     * @param check   asserts the answer a VISIBLE reader gets
     * @param cells   the expected outcome per reader
     */
    record Query(String name, String transaction, Function<Ledger, Object> argument, ErrorCode notFound,
            Function<Ledger, String> missing, BiConsumer<String, ChaincodeHarness.Result> check,
            Map<String, Outcome> cells) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The expected outcome for each reader: those named see it or are refused; everyone else is NOT_FOUND. */
    private static Map<String, Outcome> cells(Outcome otherwise, List<String> visible, List<String> notAllowed) {
        Map<String, Outcome> cells = new LinkedHashMap<>();
        for (String reader : READERS.keySet()) {
            cells.put(reader, visible.contains(reader) ? Outcome.VISIBLE
                    : notAllowed.contains(reader) ? Outcome.NOT_ALLOWED : otherwise);
        }
        return cells;
    }

    private static List<String> of(String... readers) {
        return Arrays.asList(readers);
    }

    private static final List<String> PARTIES = List.of(CORE, TIER1, TIER2, TIER3, BANK, BANK2, SECURITIES, INVESTOR,
            SERVICER, AUDITOR);

    private static final TypeReference<Page<Voucher>> VOUCHERS = new TypeReference<>() {
    };
    private static final TypeReference<Page<Party>> PARTY_PAGE = new TypeReference<>() {
    };
    private static final TypeReference<List<KeyChange>> CHANGES = new TypeReference<>() {
    };

    static List<Query> queries() {
        Ledger l = ledger();
        List<Query> queries = new ArrayList<>();
        queries.add(new Query("GetCreditLine of BANK for CORE", TxName.GET_CREDIT_LINE,
                x -> new CreditLineKey(BANK, CORE), ErrorCode.CREDIT_LINE_NOT_FOUND,
                x -> "financier " + BANK + " has no credit line for " + CORE,
                (reader, r) -> assertThat(r.as(CreditLineView.class).line().financierId()).isEqualTo(BANK),
                cells(Outcome.NOT_FOUND, of(BANK, CORE, AUDITOR, PLATFORM_OP, BANK_OP), of())));
        queries.add(new Query("GetIssuanceLimit of CORE", TxName.GET_ISSUANCE_LIMIT, x -> CORE,
                ErrorCode.CREDIT_LINE_NOT_FOUND, x -> "core enterprise " + CORE + " has no credit line",
                (reader, r) -> assertThat(r.as(IssuanceLimitView.class).limit().limit()).isEqualTo(cny(1_001_000)),
                cells(Outcome.NOT_FOUND, of(CORE, AUDITOR, PLATFORM_OP), of())));
        queries.add(new Query("GetInvoice TIER1 to CORE", TxName.GET_INVOICE, x -> l.invoice.id(),
                ErrorCode.INVOICE_NOT_FOUND, x -> "no invoice " + l.invoice.id(),
                (reader, r) -> assertThat(r.as(Invoice.class).id()).isEqualTo(l.invoice.id()),
                cells(Outcome.NOT_FOUND, of(TIER1, CORE, AUDITOR, PLATFORM_OP), of())));
        queries.add(new Query("GetVoucher held by TIER1", TxName.GET_VOUCHER, x -> l.v1.id(),
                ErrorCode.VOUCHER_NOT_FOUND, x -> "no voucher " + l.v1.id(),
                (reader, r) -> assertThat(r.as(Voucher.class).id()).isEqualTo(l.v1.id()),
                cells(Outcome.NOT_FOUND, of(TIER1, CORE, AUDITOR, PLATFORM_OP), of())));
        queries.add(new Query("GetVoucher held by TIER2, financed by BANK", TxName.GET_VOUCHER, x -> l.v2c.id(),
                ErrorCode.VOUCHER_NOT_FOUND, x -> "no voucher " + l.v2c.id(),
                (reader, r) -> assertThat(r.as(Voucher.class).holderId()).isEqualTo(TIER2),
                cells(Outcome.NOT_FOUND, of(TIER2, CORE, AUDITOR, PLATFORM_OP), of())));
        queries.add(new Query("GetVoucherLineage", TxName.GET_VOUCHER_LINEAGE, x -> l.v2c.id(),
                ErrorCode.VOUCHER_NOT_FOUND, x -> "no voucher " + l.v2c.id(),
                (reader, r) -> assertThat(r.as(VoucherLineage.class).nodes()).hasSize(2),
                cells(Outcome.NOT_FOUND, of(CORE, AUDITOR), of(TIER2, PLATFORM_OP))));
        queries.add(new Query("ListVouchersByHolder TIER1", TxName.LIST_VOUCHERS_BY_HOLDER,
                x -> new VouchersByHolderQuery(TIER1, 50, ""), null, null,
                (reader, r) -> assertThat(r.as(VOUCHERS).items()).extracting(Voucher::id).contains(l.v1.id())
                        // a core lists only what it owes of the holder's list
                        .satisfies(ids -> assertThat(ids.contains(l.w.id())).isEqualTo(!reader.equals(CORE))),
                cells(Outcome.NOT_ALLOWED, of(TIER1, CORE, AUDITOR, PLATFORM_OP), of())));
        queries.add(new Query("ListVouchersByStatus SETTLED", TxName.LIST_VOUCHERS_BY_STATUS,
                x -> new VouchersByStatusQuery(VoucherStatus.SETTLED, 50, ""), null, null,
                (reader, r) -> assertThat(r.as(VOUCHERS).items()).extracting(Voucher::id)
                        .containsExactlyElementsOf(settledSeenBy(l, reader)),
                cells(Outcome.VISIBLE, of(), of())));
        queries.add(new Query("GetFinancing TIER2 at BANK", TxName.GET_FINANCING, x -> l.financing.id(),
                ErrorCode.FINANCING_NOT_FOUND, x -> "no financing " + l.financing.id(),
                (reader, r) -> assertThat(r.as(Financing.class).id()).isEqualTo(l.financing.id()),
                cells(Outcome.NOT_FOUND, of(TIER2, BANK, AUDITOR, PLATFORM_OP, BANK_OP), of())));
        queries.add(new Query("GetFinancingTerms", TxName.GET_FINANCING_TERMS, x -> l.financing.id(),
                ErrorCode.FINANCING_NOT_FOUND, x -> "no financing " + l.financing.id(),
                (reader, r) -> assertThat(r.as(FinancingTerms.class).rateBps()).isEqualTo(450),
                cells(Outcome.NOT_FOUND, of(TIER2, BANK), of(AUDITOR, PLATFORM_OP, BANK_OP))));
        queries.add(new Query("GetSettlement PAY-1 of BANK", TxName.GET_SETTLEMENT,
                x -> new SettlementQuery(BANK, l.payment), ErrorCode.SETTLEMENT_NOT_FOUND,
                x -> "no payment " + l.payment + " was applied by " + BANK,
                (reader, r) -> assertThat(r.as(SettlementOutcome.class).payouts()).extracting(Payout::holderId)
                        .containsExactlyElementsOf(payeesSeenBy(l, reader)),
                cells(Outcome.NOT_FOUND, of(CORE, AUDITOR, PLATFORM_OP, TIER1, TIER2, BANK, BANK_OP), of())));
        queries.add(new Query("GetSettlementAccount of CORE", TxName.GET_SETTLEMENT_ACCOUNT, x -> CORE,
                ErrorCode.SETTLEMENT_ACCOUNT_NOT_FOUND, x -> "core enterprise " + CORE + " has designated no settlement bank",
                (reader, r) -> assertThat(r.as(SettlementAccount.class).bankId()).isEqualTo(BANK),
                cells(Outcome.NOT_FOUND, of(CORE, BANK, AUDITOR, PLATFORM_OP, BANK_OP), of())));
        queries.add(new Query("GetHistory voucher held by TIER1", TxName.GET_HISTORY,
                x -> new HistoryRequest("voucher", List.of(l.v1.id())), null, null,
                (reader, r) -> assertThat(r.as(CHANGES)).hasSize(3),
                cells(Outcome.NOT_FOUND, of(TIER1, CORE, AUDITOR, PLATFORM_OP), of())));
        queries.add(new Query("GetHistory settlement PAY-1 (whole readers only)", TxName.GET_HISTORY,
                x -> new HistoryRequest("settlement", List.of(BANK, l.payment)), null, null,
                (reader, r) -> assertThat(r.as(CHANGES)).hasSize(1),
                cells(Outcome.NOT_FOUND, of(CORE, AUDITOR, PLATFORM_OP, BANK, BANK_OP), of())));
        queries.add(new Query("GetHistory payout-confirmation of TIER1's payout", TxName.GET_HISTORY,
                x -> new HistoryRequest("payout-confirmation", List.of(l.paidToTier1)), null, null,
                (reader, r) -> assertThat(r.as(CHANGES)).hasSize(1),
                cells(Outcome.NOT_FOUND, of(CORE, AUDITOR, PLATFORM_OP, BANK, BANK_OP, TIER1), of())));
        queries.add(new Query("GetHistory settlement-account CORE", TxName.GET_HISTORY,
                x -> new HistoryRequest("settlement-account", List.of(CORE)), null, null,
                (reader, r) -> assertThat(r.as(CHANGES)).hasSize(1),
                cells(Outcome.NOT_FOUND, of(CORE, AUDITOR, PLATFORM_OP, BANK, BANK_OP), of())));
        queries.add(new Query("GetHistory credit-line-slot BANK/CORE", TxName.GET_HISTORY,
                x -> new HistoryRequest("credit-line-slot", List.of(BANK, CORE, "00")), null, null,
                (reader, r) -> assertThat(r.as(CHANGES)).isNotEmpty(),
                cells(Outcome.NOT_FOUND, of(BANK, CORE, AUDITOR, PLATFORM_OP, BANK_OP), of())));
        queries.add(new Query("GetHistory financing", TxName.GET_HISTORY,
                x -> new HistoryRequest("financing", List.of(l.financing.id())), null, null,
                (reader, r) -> assertThat(r.as(CHANGES)).hasSize(3),
                cells(Outcome.NOT_FOUND, of(TIER2, BANK, AUDITOR, PLATFORM_OP, BANK_OP), of())));
        queries.add(new Query("GetParty CORE", TxName.GET_PARTY, x -> CORE, ErrorCode.PARTY_NOT_FOUND,
                x -> "no party " + CORE, (reader, r) -> assertThat(r.as(Party.class).id()).isEqualTo(CORE),
                cells(Outcome.NOT_FOUND, concat(PARTIES, PLATFORM_OP), of())));
        queries.add(new Query("ListParties", TxName.LIST_PARTIES, x -> new PageRequest(200, ""), null, null,
                (reader, r) -> assertThat(r.as(PARTY_PAGE).items()).extracting(Party::org)
                        .containsOnlyElementsOf(orgsListedTo(reader)).isNotEmpty(),
                cells(Outcome.VISIBLE, of(), of())));
        queries.add(new Query("GetConfig", TxName.GET_CONFIG, x -> null, null, null,
                (reader, r) -> assertThat(r.ok()).isTrue(), cells(Outcome.VISIBLE, of(), of())));
        return queries;
    }

    private static List<String> concat(List<String> readers, String... more) {
        List<String> all = new ArrayList<>(readers);
        all.addAll(List.of(more));
        return all;
    }

    /** SETTLED by status: each reader sees the settled vouchers it holds or owes. */
    private static List<String> settledSeenBy(Ledger l, String reader) {
        if (List.of(CORE, AUDITOR, PLATFORM_OP).contains(reader)) {
            return Stream.of(l.v1.id(), l.v2c.id()).sorted().toList(); // listed in key order
        }
        return reader.equals(TIER1) ? List.of(l.v1.id()) : reader.equals(TIER2) ? List.of(l.v2c.id()) : List.of();
    }

    /** Payouts come in voucher id order (same maturity): TIER1's for v1, TIER2's for v2c. */
    private static List<String> payeesSeenBy(Ledger l, String reader) {
        List<String> both = l.v1.id().compareTo(l.v2c.id()) < 0 ? List.of(TIER1, TIER2) : List.of(TIER2, TIER1);
        return reader.equals(TIER1) ? List.of(TIER1) : reader.equals(TIER2) ? List.of(TIER2) : both;
    }

    private static Set<Org> orgsListedTo(String reader) {
        return switch (reader) {
            case PLATFORM_OP -> EnumSet.of(Org.PLATFORM);
            case BANK_OP -> EnumSet.of(Org.BANK);
            case SECURITIES_OP -> EnumSet.of(Org.SECURITIES);
            default -> EnumSet.allOf(Org.class);
        };
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
        Ledger l = ledger();

        ChaincodeHarness.Result result = l.ask(reader, query.transaction(), query.argument().apply(l));

        switch (expected) {
            case VISIBLE -> {
                assertThat(result.ok()).as(() -> result.response().getMessage()).isTrue();
                query.check().accept(reader, result);
            }
            case NOT_ALLOWED -> assertThat(result.code()).as(() -> result.response().getMessage())
                    .isEqualTo(ErrorCode.NOT_ALLOWED);
            case NOT_FOUND -> {
                if (query.notFound() == null) {
                    assertThat(result.as(CHANGES)).as("a history the reader may not see is that of a key never written")
                            .isEmpty();
                } else {
                    assertThat(result.ok()).isFalse();
                    assertThat(result.error().code()).isEqualTo(query.notFound());
                    assertThat(result.error().message()).isEqualTo(query.missing().apply(l));
                }
            }
        }
    }

    @Test
    void every_query_is_seen_by_someone_and_auditors_see_all_but_private_terms() {
        for (Query query : queries()) {
            assertThat(query.cells()).as(query.name()).containsOnlyKeys(READERS.keySet());
            assertThat(query.cells()).as(query.name()).containsValue(Outcome.VISIBLE);
            assertThat(query.cells().get(AUDITOR)).as(query.name() + " by an auditor")
                    .isIn(query.transaction().equals(TxName.GET_FINANCING_TERMS) ? Outcome.NOT_ALLOWED : Outcome.VISIBLE);
        }
    }
}
