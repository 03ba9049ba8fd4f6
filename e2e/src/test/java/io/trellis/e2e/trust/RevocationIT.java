package io.trellis.e2e.trust;

import static io.trellis.e2e.trust.ActiveParties.readOwnParty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.heartbeat.Heartbeat;
import io.trellis.chaincode.api.party.Party;
import io.trellis.e2e.network.StackControl;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerRejectedException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Revocation on the real network: {@code ./trellis revoke} revokes the party's identity at its organisation's
 * Fabric CA and puts the CA's CRL into the organisation's MSP on the channel; from then on the peers refuse
 * every proposal the revoked certificate signs, while the organisation's other parties go on transacting.
 */
class RevocationIT {
    private final TestNetwork network = TestNetwork.shared();
    private final ActiveParties parties = new ActiveParties(network);

    private static LedgerCall heartbeat(FabricIdentity caller) {
        return new LedgerCall(caller, TxName.HEARTBEAT, null, Map.of());
    }

    /** Refused for its signer, before any chaincode ran: the peers' "access denied", answered NOT_ALLOWED. */
    private static void assertRefusedByThePeers(ThrowingCallable proposal) {
        assertThatThrownBy(proposal).isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ALLOWED))
                .hasMessageContaining("the peers refused the signing identity (access denied");
    }

    @Test
    void a_revoked_partys_next_proposal_is_refused_by_the_peers() {
        ActiveParties.Registered revoked = parties.supplier("Soon Revoked Co.");
        ActiveParties.Registered bystander = parties.supplier("Still Trusted Co.");
        LedgerClient ledger = network.ledger();
        ledger.submit(heartbeat(revoked.identity()), Heartbeat.class);
        assertThat(ledger.evaluate(readOwnParty(revoked.identity(), revoked.id()), Party.class).id()).isEqualTo(revoked.id());

        StackControl.revoke("platform", revoked.id());

        assertRefusedByThePeers(() -> ledger.submit(heartbeat(revoked.identity()), Heartbeat.class));
        assertRefusedByThePeers(() -> ledger.evaluate(readOwnParty(revoked.identity(), revoked.id()), Party.class));
        ledger.submit(heartbeat(bystander.identity()), Heartbeat.class);
        assertThat(ledger.evaluate(readOwnParty(bystander.identity(), bystander.id()), Party.class).id()).isEqualTo(bystander.id());
    }
}
