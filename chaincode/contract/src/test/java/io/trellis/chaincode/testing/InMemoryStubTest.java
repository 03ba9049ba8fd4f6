package io.trellis.chaincode.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.junit.jupiter.api.Test;

/** The in-memory peer is only worth testing against if it refuses and orders what a Fabric 2.5 peer does. */
class InMemoryStubTest {
    private static final String COLLECTION = "financing-BankMSP";

    private final InMemoryLedger ledger = new InMemoryLedger();

    private InMemoryStub tx(Peer peer) {
        return new InMemoryStub(ledger, peer, Callers.PLATFORM_OPERATOR, List.of("Test"), Map.of());
    }

    private InMemoryStub tx() {
        return tx(Peer.OF_EVERY_COLLECTION);
    }

    private void commit(InMemoryStub stub) {
        ledger.commit(stub);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_keys_history_comes_newest_first() {
        for (String value : List.of("v1", "v2", "v3")) {
            InMemoryStub write = tx();
            write.putState("k", bytes(value));
            commit(write);
        }

        List<String> values = StreamSupport.stream(tx().getHistoryForKey("k").spliterator(), false)
                .map(KeyModification::getStringValue).toList();

        assertThat(values).containsExactly("v3", "v2", "v1");
    }

    @Test
    void a_peer_outside_a_collection_refuses_a_key_it_holds_only_the_hash_of() {
        InMemoryStub write = tx();
        write.putPrivateData(COLLECTION, "k", bytes("secret"));
        commit(write);
        InMemoryStub outside = tx(Peer.memberOf());

        assertThatThrownBy(() -> outside.getPrivateData(COLLECTION, "k")).isInstanceOf(ChaincodeException.class);
        assertThat(outside.getPrivateData(COLLECTION, "absent")).isEmpty();
        assertThat(outside.getPrivateDataHash(COLLECTION, "k")).hasSize(32);
        assertThat(tx(Peer.memberOf(COLLECTION)).getPrivateData(COLLECTION, "k")).isEqualTo(bytes("secret"));
    }

    @Test
    void an_absent_key_reads_as_an_empty_value_not_null() {
        assertThat(tx().getState("absent")).isNotNull().isEmpty();
        assertThat(tx().getPrivateData(COLLECTION, "absent")).isNotNull().isEmpty();
    }

    @Test
    void an_empty_value_is_committed_as_a_delete() {
        InMemoryStub write = tx();
        write.putState("k", bytes("v"));
        commit(write);
        InMemoryStub empty = tx();
        empty.putState("k", new byte[0]);
        commit(empty);

        assertThat(ledger.state()).doesNotContainKey("k");
        assertThat(tx().getHistoryForKey("k").iterator().next().isDeleted()).isTrue();
    }

    @Test
    void a_paginated_query_is_refused_once_the_transaction_has_written() {
        InMemoryStub stub = tx();
        stub.putState("k", bytes("v"));

        assertThatThrownBy(() -> stub.getStateByPartialCompositeKeyWithPagination(new CompositeKey("t"), 10, ""))
                .isInstanceOf(ChaincodeException.class);
    }

    @Test
    void a_write_is_refused_after_a_paginated_query() {
        InMemoryStub stub = tx();
        stub.getStateByPartialCompositeKeyWithPagination(new CompositeKey("t"), 10, "");

        assertThatThrownBy(() -> stub.putState("k", bytes("v"))).isInstanceOf(ChaincodeException.class);
        assertThatThrownBy(() -> stub.putPrivateData(COLLECTION, "k", bytes("v"))).isInstanceOf(ChaincodeException.class);
    }
}
