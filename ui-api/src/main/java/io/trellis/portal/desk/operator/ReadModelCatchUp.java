package io.trellis.portal.desk.operator;

import io.trellis.portal.backend.ServiceProblem;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The services' read models follow the ledger a moment behind it (ledger events through Kafka). After a write, the
 * desk waits until the read model shows the write's transaction, so the page that follows shows what was done;
 * after {@link #PATIENCE} it shows the page anyway (the layout still names the block the write landed in).
 */
final class ReadModelCatchUp {
    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final long LOOK_EVERY_MILLIS = 150;

    private ReadModelCatchUp() {
    }

    /**
     * @param lastTransaction the last transaction of the record as the read model shows it now (a record the read
     *                        model does not hold yet answers 404, which counts as not yet)
     */
    static void awaitTransaction(Supplier<String> lastTransaction, String transactionId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (transactionId.equals(lastTransaction.get())) {
                    return;
                }
            } catch (ServiceProblem notYet) {
                if (!notYet.notFound()) {
                    return;
                }
            }
            try {
                Thread.sleep(LOOK_EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
