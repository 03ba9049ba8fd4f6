package io.trellis.e2e;

import io.trellis.chaincode.settlement.SupplyChainScenarioTest;
import io.trellis.e2e.network.StoryOnNetwork;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.trellis.chaincode.testing.ScfWorld;

/**
 * The supply-chain story of the chaincode tests, told on the real network: the 1,000,000.00 CNY voucher split
 * 500,000.00 / 300,000.00 / 200,000.00, 300,000.00 to tier 2, financed at 4.50% for 183 days (interest
 * 6,862.50), settled at maturity with every payout to the fen, each step endorsed by the peers of the orgs;
 * then every event of the story is on Kafka exactly once.
 */
class SupplyChainOnNetworkIT extends SupplyChainScenarioTest {
    @RegisterExtension
    static final StoryOnNetwork network = new StoryOnNetwork();

    @Override
    protected ScfWorld world() {
        return new ScfWorld(network.ledger());
    }

}
