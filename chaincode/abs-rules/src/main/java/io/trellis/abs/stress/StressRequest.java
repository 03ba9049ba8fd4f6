package io.trellis.abs.stress;

import io.trellis.chaincode.api.abs.DealStructure;
import java.util.List;

/**
 * A stress test of a deal before issuance.
 *
 * @param structure the deal's structure: tranches, fees, issue date, payment dates, default trigger
 * @param vouchers  the pool's vouchers
 * @param scenario  default, recovery and delay assumptions, paths and seed
 */
public record StressRequest(DealStructure structure, List<StressVoucher> vouchers, StressScenario scenario) {
    public StressRequest {
        vouchers = vouchers == null ? null : List.copyOf(vouchers);
    }
}
