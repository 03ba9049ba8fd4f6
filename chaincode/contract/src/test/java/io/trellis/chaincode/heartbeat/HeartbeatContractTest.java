package io.trellis.chaincode.heartbeat;

import static io.trellis.chaincode.testing.Callers.BANK_OPERATOR;
import static io.trellis.chaincode.testing.Callers.PLATFORM_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.heartbeat.Heartbeat;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeartbeatContractTest {
    private final ChaincodeHarness chain = new ChaincodeHarness();

    private Heartbeat beat(io.trellis.chaincode.core.Caller caller) {
        return chain.submit(caller, TxName.HEARTBEAT, null).as(Heartbeat.class);
    }

    @Test
    void a_heartbeat_writes_one_small_key_named_after_its_transaction() {
        Heartbeat heartbeat = beat(PLATFORM_CLIENT);

        assertThat(heartbeat.id()).matches("HB[0-9A-F]{20}");
        assertThat(heartbeat.mspId()).isEqualTo("PlatformMSP");
        assertThat(heartbeat.at()).isEqualTo("2026-03-02T08:00:00Z");
        Map.Entry<String, byte[]> only = chain.ledger().state().firstEntry();
        assertThat(chain.ledger().state()).hasSize(1);
        assertThat(only.getKey()).isEqualTo("\u0000heartbeat\u0000" + heartbeat.id() + "\u0000");
        assertThat(JsonCodec.fromJson(only.getValue(), Heartbeat.class)).isEqualTo(heartbeat);
        assertThat(only.getKey().length() + only.getValue().length).isBetween(80, 130);
    }

    @Test
    void heartbeats_never_share_a_key_so_they_never_conflict() {
        Heartbeat first = beat(PLATFORM_CLIENT);
        Heartbeat second = beat(PLATFORM_CLIENT);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(chain.ledger().state()).hasSize(2);
    }

    @Test
    void any_identity_of_the_channel_may_beat_without_being_a_party() {
        assertThat(beat(BANK_OPERATOR).mspId()).isEqualTo("BankMSP");
        assertThat(beat(Callers.member("SecuritiesMSP", "User1@securities")).mspId()).isEqualTo("SecuritiesMSP");
    }

    @Test
    void a_heartbeat_emits_no_event() {
        beat(PLATFORM_CLIENT);

        assertThat(chain.ledger().events()).isEmpty();
    }

    @Test
    void an_argument_is_refused_and_nothing_is_written() {
        var result = chain.submit(PLATFORM_CLIENT, TxName.HEARTBEAT, "{}");

        assertThat(result.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(chain.ledger().state()).isEmpty();
    }
}
