package io.trellis.settlement;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.trellis.settlement.intake.CommandIntake;
import io.trellis.settlement.kafka.KafkaSettings;
import io.trellis.settlement.kafka.TransactionalLoop;
import io.trellis.settlement.payment.PaymentNoticeHandler;
import io.trellis.settlement.payout.PayoutConfirmationHandler;
import io.trellis.settlement.payout.PayoutRelay;
import io.trellis.settlement.reconciliation.ReconciliationProjection;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The service's four Kafka loops, each on its own thread from start to shutdown: payment notices in, payout
 * confirmations in, payout instructions out, and the reconciliation projection.
 */
@ApplicationScoped
public class SettlementLoops {
    private final List<TransactionalLoop> loops;
    private final ExecutorService ledgerWorkers;
    private final CommandIntake payments;

    SettlementLoops(KafkaSettings kafka, @Identifier("default-kafka-broker") Map<String, Object> client, Intake intake,
            PaymentNoticeHandler notices, PayoutConfirmationHandler confirmations) {
        this.ledgerWorkers = Executors.newFixedThreadPool(intake.concurrency(), Thread.ofPlatform().name("ledger-", 0).factory());
        this.payments = new CommandIntake(kafka.paymentsTopic(), kafka.deadLetterTopic(), notices, ledgerWorkers, intake.maxBackoff());
        CommandIntake confirmed = new CommandIntake(kafka.confirmationsTopic(), kafka.deadLetterTopic(), confirmations,
                ledgerWorkers, intake.maxBackoff());
        this.loops = List.of(
                new TransactionalLoop("payments", kafka.paymentsTopic(), kafka, client, payments),
                new TransactionalLoop("confirmations", kafka.confirmationsTopic(), kafka, client, confirmed),
                new TransactionalLoop("payouts", kafka.ledgerEventsTopic(), kafka, client, new PayoutRelay(kafka.payoutsTopic())),
                new TransactionalLoop("reconciliation", kafka.ledgerEventsTopic(), kafka, client, new ReconciliationProjection()));
    }

    void start(@Observes StartupEvent started) {
        loops.forEach(loop -> Thread.ofPlatform().name("loop-" + loop.name()).start(loop));
    }

    void stop(@Observes ShutdownEvent stopping) {
        loops.forEach(TransactionalLoop::stop);
        ledgerWorkers.shutdownNow();
    }

    public List<TransactionalLoop> loops() {
        return loops;
    }

    public CommandIntake payments() {
        return payments;
    }

    /** How hard the intake presses on the ledger. */
    @ConfigMapping(prefix = "trellis.settlement.intake")
    public interface Intake {
        /**
         * Messages applied at once: settlements of different trees rarely touch the same keys, and the network
         * commits many per block. (1,000 notices on 2 cores: 262 s at 16, 233 s at 64 with the machine shared.)
         */
        @WithDefault("32")
        int concurrency();

        @WithDefault("PT5S")
        Duration maxBackoff();
    }
}
