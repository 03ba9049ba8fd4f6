package io.trellis.e2e;

import io.trellis.chaincode.abs.AbsScenarioTest;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.e2e.network.FabricScenarioLedger;
import io.trellis.e2e.network.TestNetwork;

/**
 * The ABS story of the chaincode tests on the real network: twenty vouchers of three obligors, four investors,
 * three payment dates with a default and the trigger in the third; every payout to the fen and conservation on
 * every date, as committed by the peers.
 */
class AbsScenarioOnNetworkIT extends AbsScenarioTest {

    @Override
    protected AbsWorld world() {
        return new AbsWorld(new FabricScenarioLedger(TestNetwork.shared()));
    }
}
