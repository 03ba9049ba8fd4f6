package io.trellis.abs.support;

import static org.awaitility.Awaitility.await;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.settlement.SettlementQuery;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.testing.parties.Onboarding.Member;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The bank's payment system: an obligor's payment of a voucher tree, posted as a notice on
 * {@code trellis.payments.in}, which the stack's settlement-service turns into {@code SettlePayment} signed by the
 * bank. Answers once the ledger has the settlement (asked as the bank).
 */
public final class BankPayments implements AutoCloseable {
    private static final String TOPIC = "trellis.payments.in";
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(60);

    private final OnLedger ledger;
    private final Member bank;
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092"),
            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
            new StringSerializer(), new StringSerializer());

    public BankPayments(OnLedger ledger, Member bank) {
        this.ledger = ledger;
        this.bank = bank;
    }

    /** The obligor pays the whole tree on {@code valueDate}; the settlement as committed. */
    public SettlementOutcome pay(ScfDesk.Tree tree, LocalDate valueDate) {
        String paymentId = "PAY-" + run + "-" + tree.rootId().substring(2, 12) + "-" + valueDate;
        String notice = """
                {"paymentId":"%s","bankId":"%s","payerId":"%s","amount":"%s","currency":"CNY","valueDate":"%s",\
                "reference":{"voucherId":"%s"}}""".formatted(paymentId, bank.id(), tree.obligor().id(),
                ScfDesk.decimal(tree.fen()), valueDate, tree.rootId());
        try {
            producer.send(new ProducerRecord<>(TOPIC, paymentId, notice)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while posting " + paymentId, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot post " + paymentId + " to " + TOPIC, e);
        }
        AtomicReference<SettlementOutcome> settled = new AtomicReference<>();
        await().atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(200)).ignoreException(LedgerRejectedException.class)
                .until(() -> {
                    settled.set(ledger.evaluate(bank, TxName.GET_SETTLEMENT,
                            new SettlementQuery(bank.id(), paymentId), SettlementOutcome.class));
                    return true;
                });
        return settled.get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
