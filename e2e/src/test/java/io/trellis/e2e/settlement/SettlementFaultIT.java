package io.trellis.e2e.settlement;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.settlement.SettlementQuery;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.ScfWorld;
import io.trellis.e2e.network.FabricScenarioLedger;
import io.trellis.e2e.network.KafkaTopics;
import io.trellis.e2e.network.LedgerEventLog;
import io.trellis.e2e.network.Parallel;
import io.trellis.e2e.network.StackControl;
import io.trellis.e2e.network.TestNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * 600 payment notices through the running settlement-service while it is killed (SIGKILL) twice and the
 * Kafka broker is restarted once: every payment is applied once on the ledger, every payout instruction is on
 * {@code trellis.payouts.out} exactly once, duplicates change nothing, and malformed and unauthorised notices
 * are dead-lettered once each with their reason.
 */
class SettlementFaultIT {
    // 600 notices: enough for both crashes and the broker restart to land mid-stream (at a quarter, a half and three
    // quarters of the payouts); 1,000 cost another 40 s of ./trellis test's 20-minute budget for no other case.
    private static final int TREES = 60;
    private static final int PAYMENTS_PER_TREE = 10;
    private static final int NOTICES = TREES * PAYMENTS_PER_TREE;
    private static final long FACE = 10_000_00L;
    private static final long PART = FACE / PAYMENTS_PER_TREE;

    private final FabricScenarioLedger ledger = new FabricScenarioLedger(TestNetwork.shared());
    private final ScfWorld world = new ScfWorld(ledger);
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void every_notice_settles_once_and_every_payout_is_instructed_once_through_crashes_and_a_broker_restart() throws Exception {
        // Twice what the trees need: issuing near a full issuance limit walks many slots and conflicts (a flaky setup).
        world.grantLine(BANK, 2 * TREES * FACE);
        world.designateBank(BANK);
        List<Voucher> trees = Parallel.run(8, TREES, i -> world.active(TIER1, FACE));
        // Issued on the world's date in March 2026; the bank's notices settle them on today's date, past maturity.
        ledger.backToRealTime();

        List<Map.Entry<String, String>> notices = new ArrayList<>();
        // Round by round, so the notices of one tree (which must queue on its voucher) are spread out.
        for (int round = 0; round < PAYMENTS_PER_TREE; round++) {
            for (Voucher tree : trees) {
                notices.add(notice(paymentId(tree, round), BANK, tree.id(), "1000.00"));
            }
        }
        List<Map.Entry<String, String>> duplicates = notices.subList(0, 50);
        List<Map.Entry<String, String>> malformed = List.of(
                notice("PAY-" + run + "-BAD1", BANK, trees.get(0).id(), "1e3"),
                notice("PAY-" + run + "-BAD2", BANK, trees.get(0).id(), "1000.001"),
                Map.entry("PAY-" + run + "-BAD3", "{\"paymentId\":\"PAY-" + run + "-BAD3\"}"),
                Map.entry("PAY-" + run + "-BAD4", "not json at all"),
                notice("PAY-" + run + "-BAD5", BANK, trees.get(0).id(), "-1000.00"));
        List<Map.Entry<String, String>> unauthorised = trees.subList(0, 5).stream()
                .map(tree -> notice("PAY-" + run + "-OTHERBANK-" + tree.id(), BANK2, tree.id(), "1000.00")).toList();

        List<Map.Entry<String, String>> all = new ArrayList<>(notices);
        all.addAll(malformed);
        all.addAll(unauthorised);
        all.addAll(duplicates);
        KafkaTopics.publish("trellis.payments.in", all);

        try (KafkaTopics.Reader payouts = KafkaTopics.reader("trellis.payouts.out")) {
            Function<Integer, List<ConsumerRecord<String, String>>> awaitPayouts = count -> payouts.readUntil(
                    r -> r.value().contains("\"PAY-" + run + "-"), seen -> seen.size() >= count, Duration.ofMinutes(4));
            awaitPayouts.apply(NOTICES / 4);
            StackControl.kill("settlement-service");
            StackControl.up();
            awaitPayouts.apply(NOTICES / 2);
            StackControl.kill("settlement-service");
            StackControl.up();
            awaitPayouts.apply(NOTICES * 3 / 4);
            StackControl.restart("kafka");
            List<ConsumerRecord<String, String>> instructed = awaitPayouts.apply(NOTICES);
            // Anything more than 1,000 would be a duplicate: give it the time to show up.
            instructed = payouts.readUntil(r -> r.value().contains("\"PAY-" + run + "-"), seen -> false, Duration.ofSeconds(5));

            Map<String, Long> perPayout = instructed.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perPayout).hasSize(NOTICES);
            assertThat(perPayout.values()).containsOnly(1L);
            assertThat(instructed).allSatisfy(record -> assertThat(record.value())
                    .contains("\"payeeId\":\"" + TIER1 + "\"", "\"amount\":\"1000.00\"", "\"bankId\":\"" + BANK + "\""));
        }

        for (Voucher tree : trees) {
            Voucher paid = world.voucher(tree.id());
            assertThat(paid.status()).as("voucher %s", tree.id()).isEqualTo(VoucherStatus.SETTLED);
            assertThat(paid.outstanding()).isEqualTo(cny(0));
        }
        Parallel.run(8, NOTICES, i -> {
            Map.Entry<String, String> notice = notices.get(i);
            SettlementOutcome outcome = world.submit(CORE, TxName.GET_SETTLEMENT, new SettlementQuery(BANK, notice.getKey()))
                    .as(SettlementOutcome.class);
            assertThat(outcome.applied()).isEqualTo(cny(PART));
            assertThat(outcome.payouts()).hasSize(1);
            return outcome;
        });

        awaitEventsFlowAgain();

        try (KafkaTopics.Reader dlq = KafkaTopics.reader("trellis.payments.dlq")) {
            List<ConsumerRecord<String, String>> letters = dlq.readUntil(r -> r.key() != null && r.key().startsWith("PAY-" + run + "-"),
                    seen -> seen.size() >= malformed.size() + unauthorised.size(), Duration.ofSeconds(60));
            letters = dlq.readUntil(r -> r.key() != null && r.key().startsWith("PAY-" + run + "-"), seen -> false, Duration.ofSeconds(3));
            Map<String, String> reasonByKey = letters.stream().collect(Collectors.toMap(ConsumerRecord::key,
                    r -> KafkaTopics.header(r, "trellis-reason")));
            assertThat(letters).hasSize(malformed.size() + unauthorised.size());
            malformed.forEach(m -> assertThat(reasonByKey).containsEntry(m.getKey(), "MALFORMED_NOTICE"));
            unauthorised.forEach(m -> assertThat(reasonByKey).containsEntry(m.getKey(), "NOT_ALLOWED"));
            assertThat(letters).filteredOn(r -> r.key().equals(malformed.get(3).getKey()))
                    .singleElement().satisfies(r -> assertThat(r.value()).isEqualTo("not json at all"));
        }
    }

    /**
     * The broker restart is over for everyone only when a new transaction's events reach Kafka again (the relay's
     * producer may still be recovering its transactions): the tests after this one must not pay for it.
     */
    private void awaitEventsFlowAgain() {
        try (LedgerEventLog events = LedgerEventLog.fromNow()) {
            world.grantLine(BANK2, 1_00L);
            String marker = ledger.committedTransactions().get(ledger.committedTransactions().size() - 1);
            assertThat(events.readThrough(marker, Duration.ofMinutes(3)))
                    .as("events of a transaction committed after the broker restart").anyMatch(r -> r.message().transactionId().equals(marker));
        }
    }

    private String paymentId(Voucher tree, int round) {
        return "PAY-" + run + "-" + tree.id().substring(2, 12) + "-" + round;
    }

    private static Map.Entry<String, String> notice(String paymentId, String bankId, String voucherId, String amount) {
        String json = "{\"paymentId\":\"%s\",\"bankId\":\"%s\",\"payerId\":\"%s\",\"amount\":\"%s\",\"currency\":\"CNY\",\"valueDate\":\"%s\",\"reference\":{\"voucherId\":\"%s\"}}"
                .formatted(paymentId, bankId, CORE, amount, ScfWorld.MATURITY, voucherId);
        return Map.entry(paymentId, json);
    }
}
