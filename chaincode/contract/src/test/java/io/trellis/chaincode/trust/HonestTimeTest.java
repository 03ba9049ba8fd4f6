package io.trellis.chaincode.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.ErrorKind;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScenarioIds;
import io.trellis.chaincode.testing.ScfWorld;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The endorser refuses a proposal stamped away from its own clock, before any rule runs and without writing. */
class HonestTimeTest {
    private static final String PARTY = ScenarioIds.party("91310000000000071");
    private final ChaincodeHarness chain = new ChaincodeHarness(Clock.fixed(ScfWorld.START, ZoneOffset.UTC));

    private ChaincodeHarness.Result registerStampedAt(Duration fromEndorserClock) {
        chain.ledger().setClock(ScfWorld.START.plus(fromEndorserClock));
        return chain.submit(Callers.PLATFORM_OPERATOR, TxName.REGISTER_PARTY,
                new RegisterPartyRequest(PARTY, "Acme", List.of(PartyRole.SUPPLIER), Org.PLATFORM, null));
    }

    @Test
    void a_proposal_stamped_two_days_ahead_is_refused_and_writes_nothing() {
        ChaincodeHarness.Result result = registerStampedAt(Duration.ofDays(2));

        assertThat(result.code()).isEqualTo(ErrorCode.PROPOSAL_TIME_SKEWED);
        assertThat(result.code().kind()).isEqualTo(ErrorKind.MALFORMED);
        assertThat(chain.ledger().state()).isEmpty();
        assertThat(chain.ledger().events()).isEmpty();
    }

    @Test
    void a_proposal_stamped_two_days_back_is_refused() {
        assertThat(registerStampedAt(Duration.ofDays(-2)).code()).isEqualTo(ErrorCode.PROPOSAL_TIME_SKEWED);
    }

    @Test
    void a_query_is_checked_too() {
        chain.ledger().setClock(ScfWorld.START.plus(Duration.ofDays(2)));

        assertThat(chain.submit(Callers.PLATFORM_OPERATOR, TxName.GET_PARTY, PARTY).code())
                .isEqualTo(ErrorCode.PROPOSAL_TIME_SKEWED);
    }

    @Test
    void a_proposal_within_the_tolerance_either_way_commits() {
        assertThat(registerStampedAt(ChaincodeHarness.TOLERANCE).ok()).isTrue();
        assertThat(registerStampedAt(ChaincodeHarness.TOLERANCE.negated()).code())
                .isEqualTo(ErrorCode.PARTY_ALREADY_REGISTERED);
    }

    @Test
    void just_beyond_the_tolerance_is_refused() {
        assertThat(registerStampedAt(ChaincodeHarness.TOLERANCE.plusMillis(1)).code())
                .isEqualTo(ErrorCode.PROPOSAL_TIME_SKEWED);
    }

    @Test
    void what_a_transaction_writes_depends_on_its_timestamp_not_on_the_endorsers_clock() {
        ChaincodeHarness early = new ChaincodeHarness(Clock.fixed(ScfWorld.START.minusSeconds(60), ZoneOffset.UTC));
        ChaincodeHarness late = new ChaincodeHarness(Clock.fixed(ScfWorld.START.plusSeconds(60), ZoneOffset.UTC));
        for (ChaincodeHarness endorser : List.of(early, late)) {
            endorser.ledger().setClock(ScfWorld.START);
            endorser.submit(Callers.PLATFORM_OPERATOR, TxName.REGISTER_PARTY,
                    new RegisterPartyRequest(PARTY, "Acme", List.of(PartyRole.SUPPLIER), Org.PLATFORM, null)).as(Object.class);
        }

        Map<String, byte[]> earlyState = early.ledger().state();
        assertThat(earlyState.keySet()).isEqualTo(late.ledger().state().keySet());
        earlyState.forEach((key, value) -> assertThat(late.ledger().state().get(key)).isEqualTo(value));
    }
}
