package io.trellis.settlement.payout;

import io.trellis.chaincode.api.DecimalAmount;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.settlement.kafka.BatchProcessor;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns each committed {@code PayoutInstructed} ledger event into one payout instruction for the banks. Run in
 * a {@link io.trellis.settlement.kafka.TransactionalLoop}, the instructions and the consumed offsets commit
 * together: each instruction reaches {@code trellis.payouts.out} exactly once for read-committed readers.
 */
public final class PayoutRelay implements BatchProcessor {
    private final String payoutsTopic;

    public PayoutRelay(String payoutsTopic) {
        this.payoutsTopic = payoutsTopic;
    }

    @Override
    public List<ProducerRecord<String, byte[]>> process(List<ConsumerRecord<String, byte[]>> batch) {
        List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            LedgerEventMessage message = JsonCodec.fromJson(record.value(), LedgerEventMessage.class);
            if (message.event() instanceof PayoutInstructed instructed && addressable(instructed)) {
                PayoutInstruction instruction = instruction(message, instructed);
                out.add(new ProducerRecord<>(payoutsTopic, instruction.payoutId(), JsonCodec.toBytes(instruction)));
            }
        }
        return out;
    }

    /**
     * Instructions from before payouts had ids (and named their bank) cannot be addressed to a bank: they predate
     * this service and are left to the reconciliation of that time.
     */
    public static boolean addressable(PayoutInstructed instructed) {
        return instructed.payout().payoutId() != null && instructed.bankId() != null;
    }

    static PayoutInstruction instruction(LedgerEventMessage message, PayoutInstructed instructed) {
        Payout payout = instructed.payout();
        return new PayoutInstruction(payout.payoutId(), instructed.paymentId(), instructed.bankId(), payout.voucherId(),
                payout.holderId(), payout.poolId(), DecimalAmount.format(payout.amount()), payout.amount().currency(),
                instructed.settledOn(), message.transactionId(), message.blockNumber());
    }
}
