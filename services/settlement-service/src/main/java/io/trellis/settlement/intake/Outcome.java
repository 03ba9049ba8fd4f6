package io.trellis.settlement.intake;

/** The definitive result of one inbound message. */
public sealed interface Outcome {

    /** Applied on the ledger (or found applied before: a replay). */
    record Applied(String transactionId, boolean replayed) implements Outcome {
    }

    /** Never applicable: dead-lettered with its reason. */
    record Refused(Refusal refusal) implements Outcome {
    }
}
