package io.trellis.settlement.kafka;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What a {@link TransactionalLoop} does with each polled batch. It returns only once every record has a
 * definitive outcome (transient failures are retried inside), with the records to publish for them; those
 * are published in the same Kafka transaction as the batch's offsets.
 */
@FunctionalInterface
public interface BatchProcessor {

    /**
     * @throws InterruptedException the service is stopping: the batch is abandoned and read again on restart,
     *                              so every step a processor takes must be safe to repeat
     */
    List<ProducerRecord<String, byte[]>> process(List<ConsumerRecord<String, byte[]>> batch) throws InterruptedException;
}
