package io.trellis.e2e.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.ledger.events.LedgerEventMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What "every event reached Kafka exactly once" means, checked over a story's committed transactions. */
public final class EventDelivery {

    private EventDelivery() {
    }

    /**
     * Each committed transaction's events arrived, indexes 0..n-1 each once, and nothing arrived twice; returns
     * the number of events per transaction. The
     * relay publishes in block order, so once the last transaction is seen every earlier one has been too.
     */
    public static Map<String, Integer> assertEachEventOnce(LedgerEventLog log, List<String> committed) {
        assertThat(committed).as("the story committed transactions").isNotEmpty();
        List<LedgerEventLog.Received> received = log.readThrough(committed.get(committed.size() - 1), Duration.ofSeconds(30));
        Map<String, List<Integer>> indexesByTransaction = received.stream().map(LedgerEventLog.Received::message)
                .collect(Collectors.groupingBy(LedgerEventMessage::transactionId,
                        Collectors.mapping(LedgerEventMessage::index, Collectors.toList())));
        for (String transactionId : committed) {
            List<Integer> indexes = indexesByTransaction.get(transactionId);
            assertThat(indexes).as("events of transaction %s on Kafka", transactionId).isNotNull();
            assertThat(indexes.stream().sorted().toList()).as("events of transaction %s, each once", transactionId)
                    .containsExactlyElementsOf(IntStream.range(0, indexes.size()).boxed().toList());
        }
        return committed.stream().collect(Collectors.toMap(tx -> tx, tx -> indexesByTransaction.get(tx).size()));
    }
}
