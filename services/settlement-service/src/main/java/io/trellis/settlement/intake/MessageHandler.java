package io.trellis.settlement.intake;

import io.trellis.ledger.LedgerException;

/**
 * Turns one inbound message into one ledger transaction. Called again for the same message after a crash, so
 * it must rely on the ledger's idempotency (payment ids, payout ids) rather than on memory.
 */
@FunctionalInterface
public interface MessageHandler {

    /**
     * @return {@link Outcome.Applied} or {@link Outcome.Refused} (a malformed or refused message)
     * @throws LedgerException a ledger failure; the intake decides whether it is worth another attempt
     */
    Outcome handle(String key, byte[] value);

    /**
     * Messages with the same ordering key write the same ledger keys (the payments of one voucher tree): the intake
     * applies them one after another, in offset order, instead of letting them conflict and retry. Messages of
     * different keys run side by side. By default every message stands alone.
     */
    default String orderingKey(String key, byte[] value) {
        return key;
    }
}
