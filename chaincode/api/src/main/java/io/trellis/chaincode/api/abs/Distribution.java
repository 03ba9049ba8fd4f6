package io.trellis.chaincode.api.abs;

import java.util.List;

/**
 * Everything one payment date produces.
 *
 * @param report  the servicer report
 * @param payouts payments to investors, in step order and by investor id within a step
 * @param state   the state the next payment date starts from
 */
public record Distribution(ServicerReport report, List<PayoutInstruction> payouts, WaterfallState state) {

    public Distribution {
        payouts = List.copyOf(payouts);
    }
}
