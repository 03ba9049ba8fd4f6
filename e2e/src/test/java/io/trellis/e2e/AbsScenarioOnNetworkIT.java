package io.trellis.e2e;

import io.trellis.chaincode.abs.AbsScenarioTest;
import io.trellis.e2e.network.StoryOnNetwork;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.trellis.chaincode.testing.AbsWorld;

/**
 * The ABS story of the chaincode tests on the real network: twenty vouchers of three obligors, four investors,
 * three payment dates with a default and the trigger in the third; every payout to the fen and conservation on
 * every date, as committed by the peers; then every event of the story is on Kafka exactly once.
 */
class AbsScenarioOnNetworkIT extends AbsScenarioTest {
    @RegisterExtension
    static final StoryOnNetwork network = new StoryOnNetwork();

    @Override
    protected AbsWorld world() {
        return new AbsWorld(network.ledger());
    }

}
