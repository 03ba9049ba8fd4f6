package io.trellis.e2e.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.clock.OffsetFileClock;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.e2e.network.StackControl;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.testing.ids.FreshPartyIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Honest time on the real network: the client chooses a proposal's timestamp, the business date of every rule, so
 * the endorsing peers' chaincode refuses one stamped far from its own clock. Stamped two days ahead or two days back,
 * a registration is refused by the peers with PROPOSAL_TIME_SKEWED and nothing commits; stamped now, it commits.
 * "Now" is the stack's clock: the services' and the chaincode server's, both moved by the same offset file.
 */
class HonestTimeIT {
    private static final Duration TWO_DAYS = Duration.ofDays(2);

    private final TestNetwork network = TestNetwork.shared();
    private final Clock stackClock = new OffsetFileClock(StackControl.clockOffsetFile());
    private final FabricIdentity operator = network.operator(Org.PLATFORM);

    private LedgerClient stampedAt(Duration fromNow) {
        return network.ledgerAt(() -> stackClock.instant().plus(fromNow));
    }

    private static LedgerCall register(FabricIdentity operator, String partyId) {
        return LedgerCall.json(operator, TxName.REGISTER_PARTY,
                new RegisterPartyRequest(partyId, "Honest Time Co " + partyId, List.of(PartyRole.SUPPLIER), Org.PLATFORM, null));
    }

    private void assertRefusedAsSkewed(Duration fromNow) {
        String partyId = FreshPartyIds.next();

        assertThatThrownBy(() -> stampedAt(fromNow).submit(register(operator, partyId), Party.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROPOSAL_TIME_SKEWED));
        assertThatThrownBy(() -> stampedAt(Duration.ZERO)
                .evaluate(new LedgerCall(operator, TxName.GET_PARTY, partyId, Map.of()), Party.class))
                .isInstanceOfSatisfying(LedgerRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTY_NOT_FOUND));
    }

    @Test
    void a_proposal_stamped_two_days_ahead_is_refused_by_the_peers() {
        assertRefusedAsSkewed(TWO_DAYS);
    }

    @Test
    void a_proposal_stamped_two_days_back_is_refused_by_the_peers() {
        assertRefusedAsSkewed(TWO_DAYS.negated());
    }

    @Test
    void a_proposal_stamped_now_commits() {
        String partyId = FreshPartyIds.next();
        Instant before = stackClock.instant();

        Party registered = stampedAt(Duration.ZERO).submit(register(operator, partyId), Party.class).result();

        assertThat(registered.id()).isEqualTo(partyId);
        assertThat(Instant.parse(registered.registeredAt())).isBetween(before.minusSeconds(5), stackClock.instant());
    }
}
