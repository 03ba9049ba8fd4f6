package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.core.Caller;
import java.time.Instant;

/**
 * A call the chaincode accepts in the current world, before the fuzzer bends it.
 *
 * @param caller   who may make it
 * @param argument a request record (sent as JSON), a plain-text id, or null for a transaction without argument
 * @param terms    the transient financing terms (a record sent as JSON), or null
 * @param at       the proposal's timestamp
 */
record ValidCall(Caller caller, Object argument, Object terms, Instant at) {

    boolean jsonArgument() {
        return argument != null && !(argument instanceof String);
    }
}
