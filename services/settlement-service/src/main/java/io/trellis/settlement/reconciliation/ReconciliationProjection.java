package io.trellis.settlement.reconciliation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.event.PayoutConfirmed;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.settlement.kafka.BatchProcessor;
import io.trellis.settlement.payout.PayoutRelay;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Keeps the payout table from the ledger events. Each batch is one database transaction, committed before its
 * offsets; a batch read again after a crash writes the same values (the first instruction and confirmation
 * seen stay), so redelivery changes nothing.
 */
public final class ReconciliationProjection implements BatchProcessor {

    @Override
    public List<ProducerRecord<String, byte[]>> process(List<ConsumerRecord<String, byte[]>> batch) {
        QuarkusTransaction.requiringNew().run(() -> batch.forEach(ReconciliationProjection::apply));
        return List.of();
    }

    private static void apply(ConsumerRecord<String, byte[]> record) {
        LedgerEventMessage message = JsonCodec.fromJson(record.value(), LedgerEventMessage.class);
        switch (message.event()) {
            case PayoutInstructed instructed when PayoutRelay.addressable(instructed) -> instructed(message, instructed);
            case PayoutConfirmed confirmed -> confirmed(message, confirmed);
            default -> {
            }
        }
    }

    private static void instructed(LedgerEventMessage message, PayoutInstructed instructed) {
        Payout payout = instructed.payout();
        PayoutRecord row = PayoutRecord.of(payout.payoutId());
        if (row.instructed()) {
            return;
        }
        row.paymentId = instructed.paymentId();
        row.bankId = instructed.bankId();
        row.voucherId = payout.voucherId();
        row.payeeId = payout.holderId();
        row.poolId = payout.poolId();
        row.amountMinor = payout.amount().minor();
        row.currency = payout.amount().currency();
        row.instructedOn = instructed.settledOn();
        row.instructedTx = message.transactionId();
    }

    private static void confirmed(LedgerEventMessage message, PayoutConfirmed confirmed) {
        PayoutRecord row = PayoutRecord.of(confirmed.payoutId());
        if (row.confirmed()) {
            return;
        }
        row.bankReference = confirmed.bankReference();
        row.confirmedAt = confirmed.confirmedAt();
        row.confirmedTx = message.transactionId();
    }
}
