package io.trellis.chaincode.fuzz;

import java.util.function.BiFunction;

/**
 * How the fuzzer drives one transaction.
 *
 * @param name       the transaction
 * @param replay     what sending a successful call again must do (docs/domain.md, docs/abs.md)
 * @param staleTries how many tries after a success still get the used-up fixture: more for costly fixtures
 * @param valid      a valid call in the given world; the transaction's name keys its fixture
 */
record TxSpec(String name, Replay replay, int staleTries, BiFunction<FuzzWorld, String, ValidCall> valid) {

    /** What a second submission of a call that succeeded must do. */
    enum Replay {
        /** A query: it writes nothing and emits nothing, so there is nothing to replay. */
        QUERY,
        /** The first call moved its object on: the same call again is refused. */
        REFUSED,
        /** Documented as idempotent: answered again, nothing written, nothing emitted. */
        IDEMPOTENT,
        /** Documented as replacing: may succeed again, but makes no new record (the key set stays). */
        REPLACES,
        /** Every call makes one new record by design (a heartbeat, a pool): a replay makes exactly one more. */
        NEW_RECORD,
        /**
         * Each call runs the deal's next scheduled payment date that is due (docs/abs.md): a replay may run the
         * following date once it is due, never the same date twice.
         */
        NEXT_DATE;

        /** Whether a successful call uses its fixture up. */
        boolean consumes() {
            return this == REFUSED || this == IDEMPOTENT || this == NEXT_DATE;
        }
    }

    ValidCall validCall(FuzzWorld world) {
        return valid.apply(world, name);
    }
}
