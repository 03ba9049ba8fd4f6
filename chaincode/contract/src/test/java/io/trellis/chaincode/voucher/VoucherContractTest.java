package io.trellis.chaincode.voucher;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.PENDING_SUPPLIER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TIER3;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Page;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.config.SetConfigRequest;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.LineageNode;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.api.voucher.VouchersByHolderQuery;
import io.trellis.chaincode.api.voucher.VouchersByStatusQuery;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoucherContractTest {
    private static final TypeReference<Page<Voucher>> PAGE = new TypeReference<>() {
    };
    private final ScfWorld world = new ScfWorld();

    @Test
    void the_issuance_limit_is_the_sum_of_the_obligors_credit_lines() {
        world.grantLine(BANK, 600_00L);
        world.grantLine(BANK2, 400_00L);
        world.active(TIER1, 700_00L);

        var tooMuch = world.submit(CORE, TxName.ISSUE_VOUCHER, new IssueVoucherRequest(TIER1, cny(300_01L), MATURITY,
                List.of(world.confirmedInvoice(TIER1, 300_01L).id())));

        assertThat(tooMuch.code()).isEqualTo(ErrorCode.ISSUANCE_LIMIT_EXCEEDED);
        IssuanceLimitView limit = world.submit(CORE, TxName.GET_ISSUANCE_LIMIT, CORE).as(IssuanceLimitView.class);
        assertThat(limit.limit().limit()).isEqualTo(cny(1_000_00L));
        assertThat(limit.used()).isEqualTo(cny(700_00L));
        assertThat(world.issued(TIER1, 300_00L).status()).isEqualTo(VoucherStatus.ISSUED);
    }

    @Test
    void a_core_without_any_credit_line_cannot_issue() {
        var result = world.submit(CORE, TxName.ISSUE_VOUCHER, new IssueVoucherRequest(TIER1, cny(100), MATURITY,
                List.of(world.confirmedInvoice(TIER1, 100).id())));

        assertThat(result.code()).isEqualTo(ErrorCode.ISSUANCE_LIMIT_EXCEEDED);
    }

    /** CORE issues 100 fen to TIER1 naming {@code hint} as the start slot of its issuance limit. */
    private ChaincodeHarness.Result issueWithSlotHint(String hint) {
        IssueVoucherRequest request = new IssueVoucherRequest(TIER1, cny(100), MATURITY,
                List.of(world.confirmedInvoice(TIER1, 100).id()));
        return world.chain.submit(ScfWorld.as(CORE), TxName.ISSUE_VOUCHER, request,
                Map.of(TxName.TRANSIENT_SLOT, hint.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void an_issuance_starts_at_the_slot_its_client_chose_so_concurrent_clients_need_not_collide() {
        world.grantLine(BANK, 32_000);

        Voucher voucher = issueWithSlotHint("37").as(Voucher.class);

        // 32 slots of 1,000 fen each; hint 37 is slot 37 mod 32 = 5.
        assertThat(voucher.issuanceAllocation()).containsExactly(new SlotAmount(5, 100));
    }

    @Test
    void a_slot_hint_that_is_not_an_integer_is_an_invalid_argument() {
        world.grantLine(BANK, 32_000);

        var result = issueWithSlotHint("five");

        assertThat(result.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void voucher_ids_derive_from_the_transaction_id_so_every_endorser_agrees() {
        world.grantLine(BANK, 1_000);
        Voucher voucher = world.issued(TIER1, 100);

        String txId = world.chain.ledger().events().get(world.chain.ledger().events().size() - 1).txId();
        assertThat(voucher.id()).isEqualTo("CV" + ScfWorld.hash(txId).substring(0, 20).toUpperCase());
    }

    @Test
    void the_operator_tier_limit_stops_transfers_beyond_it() {
        world.grantLine(BANK, 1_000);
        world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.SET_CONFIG, new SetConfigRequest(2, null)).as(Object.class);
        Voucher root = world.active(TIER1, 100);
        Voucher tier2 = world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(root.id(), TIER2))
                .as(Voucher.class);

        var tooDeep = world.submit(TIER2, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(tier2.id(), TIER3));

        assertThat(tier2.tier()).isEqualTo(2);
        assertThat(tooDeep.code()).isEqualTo(ErrorCode.TIER_LIMIT_EXCEEDED);
    }

    @Test
    void a_transfer_goes_only_to_a_kyc_approved_supplier() {
        world.grantLine(BANK, 1_000);
        Voucher root = world.active(TIER1, 100);

        assertThat(world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(root.id(), PENDING_SUPPLIER))
                .code()).isEqualTo(ErrorCode.COUNTERPARTY_NOT_ELIGIBLE);
        assertThat(world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(root.id(), BANK))
                .code()).isEqualTo(ErrorCode.COUNTERPARTY_NOT_ELIGIBLE);
    }

    @Test
    void a_spent_voucher_is_immutable() {
        world.grantLine(BANK, 1_000);
        Voucher root = world.active(TIER1, 100);
        world.submit(TIER1, TxName.SPLIT_VOUCHER, new SplitVoucherRequest(root.id(), List.of(cny(50), cny(50))))
                .as(Object.class);

        assertThat(world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(root.id(), TIER2)).code())
                .isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
        assertThat(world.submit(TIER1, TxName.SPLIT_VOUCHER, new SplitVoucherRequest(root.id(),
                List.of(cny(50), cny(50)))).code()).isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @Test
    void vouchers_are_listed_by_holder_and_by_status_in_pages_kept_current_on_every_change() {
        world.grantLine(BANK, 1_000);
        Voucher root = world.active(TIER1, 300);
        List<Voucher> parts = world.submit(TIER1, TxName.SPLIT_VOUCHER, new SplitVoucherRequest(root.id(),
                List.of(cny(100), cny(100), cny(100)))).as(new TypeReference<List<Voucher>>() {
                });
        world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(parts.get(2).id(), TIER2)).as(Object.class);

        Page<Voucher> first = world.submit(TIER1, TxName.LIST_VOUCHERS_BY_HOLDER,
                new VouchersByHolderQuery(TIER1, 2, "")).as(PAGE);
        Page<Voucher> second = world.submit(TIER1, TxName.LIST_VOUCHERS_BY_HOLDER,
                new VouchersByHolderQuery(TIER1, 2, first.bookmark())).as(PAGE);
        Page<Voucher> active = world.submit(CORE, TxName.LIST_VOUCHERS_BY_STATUS,
                new VouchersByStatusQuery(VoucherStatus.ACTIVE, 10, "")).as(PAGE);

        assertThat(first.items()).extracting(Voucher::id).containsExactly(root.id(), parts.get(0).id());
        assertThat(second.items()).extracting(Voucher::id).containsExactly(parts.get(1).id(), parts.get(2).id());
        assertThat(second.hasMore()).isFalse();
        assertThat(active.items()).extracting(Voucher::id)
                .containsExactly(parts.get(0).id(), parts.get(1).id(), parts.get(2).id() + "-01");
        assertThat(world.submit(TIER2, TxName.LIST_VOUCHERS_BY_STATUS,
                new VouchersByStatusQuery(VoucherStatus.ISSUED, 10, "")).as(PAGE).items()).isEmpty();
    }

    @Test
    void a_bookmark_from_another_holders_listing_is_refused_rather_than_paging_through_their_vouchers() {
        world.grantLine(BANK, 1_000);
        world.active(TIER1, 100);
        world.active(TIER1, 100);
        world.active(TIER2, 100);
        String tier1Bookmark = world.submit(TIER1, TxName.LIST_VOUCHERS_BY_HOLDER,
                new VouchersByHolderQuery(TIER1, 1, "")).as(PAGE).bookmark();

        var result = world.submit(TIER2, TxName.LIST_VOUCHERS_BY_HOLDER, new VouchersByHolderQuery(TIER2, 10,
                tier1Bookmark));

        assertThat(tier1Bookmark).isNotEmpty();
        assertThat(result.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void a_malformed_voucher_id_is_an_invalid_argument_not_a_lookup() {
        assertThat(world.submit(CORE, TxName.GET_VOUCHER, "CV1\u0000x").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(world.submit(CORE, TxName.GET_VOUCHER, "CV0123456789ABCDEF0123").code())
                .isEqualTo(ErrorCode.VOUCHER_NOT_FOUND);
    }

    @Test
    void the_history_of_a_voucher_key_shows_every_committed_version() {
        world.grantLine(BANK, 1_000);
        Voucher root = world.active(TIER1, 100);

        List<KeyChange> history = world.submit(CORE, TxName.GET_HISTORY,
                new HistoryRequest("voucher", List.of(root.id()))).as(new TypeReference<List<KeyChange>>() {
                });

        assertThat(history).extracting(change -> JsonCodec.fromJson(change.value(), Voucher.class).status())
                .containsExactly(VoucherStatus.ISSUED, VoucherStatus.ACTIVE);
        assertThat(world.submit(CORE, TxName.GET_HISTORY, new HistoryRequest("secrets", List.of("x"))).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void after_maturity_and_the_grace_the_platform_operator_marks_an_unpaid_voucher_overdue() {
        world.grantLine(BANK, 1_000);
        Voucher root = world.active(TIER1, 100);
        world.chain.ledger().setClock(AT_MATURITY.plusSeconds(3 * 86_400));
        var lastDayOfGrace = world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.MARK_VOUCHER_OVERDUE,
                new VoucherDecision(root.id(), null));
        world.chain.ledger().setClock(AT_MATURITY.plusSeconds(4 * 86_400));

        Voucher overdue = world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.MARK_VOUCHER_OVERDUE,
                new VoucherDecision(root.id(), null)).as(Voucher.class);

        assertThat(lastDayOfGrace.code()).isEqualTo(ErrorCode.VOUCHER_NOT_MATURE);
        assertThat(lastDayOfGrace.error().message()).endsWith("may be marked overdue from " + MATURITY.plusDays(4) + " on");
        assertThat(overdue.status()).isEqualTo(VoucherStatus.OVERDUE);
        assertThat(world.chain.submit(Callers.BANK_OPERATOR, TxName.MARK_VOUCHER_OVERDUE,
                new VoucherDecision(root.id(), null)).code()).isEqualTo(ErrorCode.CALLER_NOT_REGISTERED);
        assertThat(overdue.maturityDate()).isEqualTo(MATURITY);
    }

    @Test
    void marking_an_overdue_voucher_again_changes_nothing() {
        world.grantLine(BANK, 1_000);
        Voucher root = world.active(TIER1, 100);
        world.chain.ledger().setClock(AT_MATURITY.plusSeconds(4 * 86_400));
        Voucher overdue = world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.MARK_VOUCHER_OVERDUE,
                new VoucherDecision(root.id(), null)).as(Voucher.class);
        TreeMap<String, byte[]> before = new TreeMap<>(world.chain.ledger().state());
        int events = world.chain.ledger().events().size();

        Voucher again = world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.MARK_VOUCHER_OVERDUE,
                new VoucherDecision(root.id(), null)).as(Voucher.class);

        assertThat(again).isEqualTo(overdue);
        assertThat(world.chain.ledger().state()).containsExactlyEntriesOf(before);
        assertThat(world.chain.ledger().events()).hasSize(events);
    }

    @Test
    void the_operator_sets_the_overdue_grace_and_with_none_a_voucher_is_overdue_the_day_after_maturity() {
        world.grantLine(BANK, 1_000);
        Voucher root = world.active(TIER1, 100);
        world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.SET_CONFIG, new SetConfigRequest(null, 0)).as(Object.class);
        world.chain.ledger().setClock(AT_MATURITY.plusSeconds(86_400));

        assertThat(world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.MARK_VOUCHER_OVERDUE,
                new VoucherDecision(root.id(), null)).as(Voucher.class).status()).isEqualTo(VoucherStatus.OVERDUE);
    }

    @Test
    void the_obligor_sees_through_the_whole_tree_from_any_of_its_vouchers() {
        world.grantLine(BANK, 2_000_000_00L);
        Voucher root = world.active(TIER1, 1_000_000_00L);
        world.submit(TIER1, TxName.SPLIT_VOUCHER, new SplitVoucherRequest(root.id(),
                List.of(cny(500_000_00L), cny(300_000_00L), cny(200_000_00L)))).as(Object.class);
        Voucher atTier2 = world.submit(TIER1, TxName.TRANSFER_VOUCHER,
                new TransferVoucherRequest(root.id() + "-02", TIER2)).as(Voucher.class);

        VoucherLineage lineage = world.submit(CORE, TxName.GET_VOUCHER_LINEAGE, atTier2.id()).as(VoucherLineage.class);

        assertThat(lineage.rootId()).isEqualTo(root.id());
        assertThat(lineage.obligorId()).isEqualTo(CORE);
        assertThat(lineage.nodes()).containsExactly(
                new LineageNode(root.id(), null, TIER1, cny(1_000_000_00L), cny(1_000_000_00L), 1, VoucherStatus.SPLIT),
                new LineageNode(root.id() + "-01", root.id(), TIER1, cny(500_000_00L), cny(500_000_00L), 2, VoucherStatus.ACTIVE),
                new LineageNode(root.id() + "-02", root.id(), TIER1, cny(300_000_00L), cny(300_000_00L), 2, VoucherStatus.TRANSFERRED),
                new LineageNode(root.id() + "-02-01", root.id() + "-02", TIER2, cny(300_000_00L), cny(300_000_00L), 3, VoucherStatus.ACTIVE),
                new LineageNode(root.id() + "-03", root.id(), TIER1, cny(200_000_00L), cny(200_000_00L), 2, VoucherStatus.ACTIVE));
    }
}
