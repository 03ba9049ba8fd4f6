package io.trellis.chaincode.history;

import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.history.KeyChange;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.ScfWorld;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GetHistory over a peer that, like Fabric 2.x, answers a key's history newest first. */
class HistoryContractTest {
    private static final TypeReference<List<KeyChange>> CHANGES = new TypeReference<>() {
    };
    private static final Instant ISSUED_AT = Instant.parse("2026-03-02T08:00:00Z");

    private final ScfWorld world = new ScfWorld();

    private List<KeyChange> history(String type, String... attributes) {
        return world.submit(AUDITOR, TxName.GET_HISTORY, new HistoryRequest(type, List.of(attributes))).as(CHANGES);
    }

    @Test
    void history_is_oldest_first_although_the_peer_answers_newest_first() {
        world.grantLine(BANK, 1_000);
        world.chain.ledger().setClock(ISSUED_AT);
        Voucher voucher = world.issued(TIER1, 100);
        world.chain.ledger().setClock(ISSUED_AT.plusSeconds(60));
        world.submit(TIER1, TxName.ACCEPT_VOUCHER, new VoucherDecision(voucher.id(), null)).as(Object.class);
        world.chain.ledger().setClock(ISSUED_AT.plusSeconds(120));
        world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(voucher.id(), TIER2)).as(Object.class);

        List<KeyChange> history = history("voucher", voucher.id());

        assertThat(history).extracting(change -> JsonCodec.fromJson(change.value(), Voucher.class).status())
                .containsExactly(VoucherStatus.ISSUED, VoucherStatus.ACTIVE, VoucherStatus.TRANSFERRED);
        assertThat(history).extracting(KeyChange::timestamp).containsExactly(ISSUED_AT.toString(),
                ISSUED_AT.plusSeconds(60).toString(), ISSUED_AT.plusSeconds(120).toString());
    }

    @Test
    void a_deleted_key_ends_its_history_with_a_delete_that_has_no_value() {
        world.grantLine(BANK, 1_000);
        Voucher voucher = world.issued(TIER1, 100);
        world.submit(TIER1, TxName.REJECT_VOUCHER, new VoucherDecision(voucher.id(), "wrong amount")).as(Object.class);

        List<KeyChange> history = history("voucher-pledge", voucher.id());

        assertThat(history).extracting(KeyChange::deleted).containsExactly(false, true);
        assertThat(history.get(0).value()).contains(voucher.id());
        assertThat(history.get(1).value()).isEmpty();
    }

    @Test
    void every_key_type_has_a_visibility_rule_and_a_key_never_written_has_no_history() {
        for (var type : HistoryContract.KEY_TYPES.entrySet()) {
            List<String> attributes = java.util.Collections.nCopies(type.getValue(), "913100000000000991");

            var asked = world.submit(TIER1, TxName.GET_HISTORY, new HistoryRequest(type.getKey(), attributes));

            assertThat(asked.ok()).as(type.getKey()).isTrue();
            assertThat(asked.as(CHANGES)).as(type.getKey()).isEmpty();
        }
    }

    @Test
    void the_history_of_a_pledge_is_for_the_seller_and_the_buyer_of_its_invoices_even_once_deleted() {
        world.grantLine(BANK, 1_000);
        Voucher voucher = world.issued(TIER1, 100);
        world.submit(TIER1, TxName.REJECT_VOUCHER, new VoucherDecision(voucher.id(), "wrong amount")).as(Object.class);
        HistoryRequest pledge = new HistoryRequest("voucher-pledge", List.of(voucher.id()));

        assertThat(world.submit(TIER1, TxName.GET_HISTORY, pledge).as(CHANGES)).hasSize(2);
        assertThat(world.submit(CORE, TxName.GET_HISTORY, pledge).as(CHANGES)).hasSize(2);
        assertThat(world.submit(TIER2, TxName.GET_HISTORY, pledge).as(CHANGES)).isEmpty();
        assertThat(world.submit(BANK, TxName.GET_HISTORY, pledge).as(CHANGES)).isEmpty();
    }
}
