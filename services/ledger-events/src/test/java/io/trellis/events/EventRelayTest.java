package io.trellis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.chaincode.api.event.PartyKycReviewed;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.ledger.events.ChaincodeEventSource;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.ledger.events.RelayCheckpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.junit.jupiter.api.Test;

class EventRelayTest {
    private final List<Published> published = new ArrayList<>();
    private Optional<RelayCheckpoint> stored = Optional.empty();
    private Optional<RelayCheckpoint> requestedStart;
    private boolean streamClosed;

    record Published(List<LedgerEventMessage> messages, RelayCheckpoint checkpoint) {
    }

    private static ChaincodeEvent batch(long block, String tx, DomainEvent... events) {
        return new FakeChaincodeEvent(block, tx, EventBatch.EVENT_NAME, JsonCodec.toBytes(new EventBatch(List.of(events))));
    }

    private static PartyKycReviewed reviewed(String party, long version) {
        return new PartyKycReviewed(party, KycStatus.APPROVED, version);
    }

    private EventRelay relay(List<ChaincodeEvent> events, EventSink sink) {
        ChaincodeEventSource source = start -> {
            requestedStart = start;
            Iterator<ChaincodeEvent> it = events.iterator();
            return new CloseableIterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public ChaincodeEvent next() {
                    return it.next();
                }

                @Override
                public void close() {
                    streamClosed = true;
                }
            };
        };
        return new EventRelay(source, sink, () -> stored);
    }

    private EventSink recordingSink() {
        return (messages, checkpoint) -> {
            published.add(new Published(messages, checkpoint));
            stored = Optional.of(checkpoint);
        };
    }

    @Test
    void each_domain_event_becomes_a_message_indexed_in_batch_order_with_the_checkpoint_of_its_transaction() {
        relay(List.of(batch(5, "txA", reviewed("P1", 2), reviewed("P2", 3)), batch(6, "txB", reviewed("P3", 2))),
                recordingSink()).run();

        assertThat(published).containsExactly(
                new Published(List.of(new LedgerEventMessage("txA", 5, 0, reviewed("P1", 2)),
                        new LedgerEventMessage("txA", 5, 1, reviewed("P2", 3))), new RelayCheckpoint(5, "txA")),
                new Published(List.of(new LedgerEventMessage("txB", 6, 0, reviewed("P3", 2))), new RelayCheckpoint(6, "txB")));
        assertThat(streamClosed).isTrue();
    }

    @Test
    void reading_resumes_after_the_stored_checkpoint() {
        stored = Optional.of(new RelayCheckpoint(9, "txZ"));

        EventRelay relay = relay(List.of(), recordingSink());
        relay.run();

        assertThat(requestedStart).contains(new RelayCheckpoint(9, "txZ"));
        assertThat(relay.position()).contains(new RelayCheckpoint(9, "txZ"));
    }

    @Test
    void events_of_another_name_only_move_the_checkpoint() {
        relay(List.of(new FakeChaincodeEvent(3, "txOther", "somethingElse", new byte[] {1})), recordingSink()).run();

        assertThat(published).containsExactly(new Published(List.of(), new RelayCheckpoint(3, "txOther")));
    }

    @Test
    void an_unreadable_event_stops_the_relay_before_its_checkpoint() {
        EventRelay relay = relay(List.of(batch(1, "tx1", reviewed("P1", 2)),
                new FakeChaincodeEvent(2, "tx2", EventBatch.EVENT_NAME, "{not json".getBytes(StandardCharsets.UTF_8)),
                batch(3, "tx3", reviewed("P3", 2))), recordingSink());

        assertThatThrownBy(relay::run).isInstanceOf(EventBatchTranslator.UnreadableEventException.class)
                .hasMessageContaining("transaction tx2");
        assertThat(stored).contains(new RelayCheckpoint(1, "tx1"));
        assertThat(published).hasSize(1);
        assertThat(streamClosed).isTrue();
    }

    @Test
    void a_sink_failure_leaves_the_position_at_the_last_committed_event() {
        EventSink failingSecond = (messages, checkpoint) -> {
            if (checkpoint.transactionId().equals("tx2")) {
                throw new IllegalStateException("kafka down");
            }
            stored = Optional.of(checkpoint);
        };
        EventRelay relay = relay(List.of(batch(1, "tx1", reviewed("P1", 2)), batch(2, "tx2", reviewed("P2", 2))), failingSecond);

        assertThatThrownBy(relay::run).hasMessage("kafka down");
        assertThat(relay.position()).contains(new RelayCheckpoint(1, "tx1"));
        assertThat(relay.relayedCount()).isEqualTo(1);
    }
}
