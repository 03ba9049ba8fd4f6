package io.trellis.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.core.ProposalClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalClockSettingsTest {
    @TempDir
    Path dir;

    @Test
    void the_tolerance_is_five_minutes_unless_configured() {
        assertThat(ProposalClockSettings.tolerance(null)).isEqualTo(Duration.ofMinutes(5));
        assertThat(ProposalClockSettings.tolerance(" ")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ProposalClockSettings.tolerance("PT30S")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_tolerance_that_is_no_positive_duration_stops_the_server() {
        assertThatThrownBy(() -> ProposalClockSettings.tolerance("5 minutes")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> ProposalClockSettings.tolerance("-PT1M")).hasMessageContaining("positive");
        assertThatThrownBy(() -> ProposalClockSettings.tolerance("PT0S")).hasMessageContaining("positive");
    }

    @Test
    void without_an_offset_file_the_server_checks_against_the_system_clock() {
        ProposalClock clock = ProposalClockSettings.fromEnvironment(Map.of());

        clock.requireHonest(Instant.now());
        assertThatThrownBy(() -> clock.requireHonest(Instant.now().plus(Duration.ofDays(2))))
                .isInstanceOfSatisfying(ChaincodeException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PROPOSAL_TIME_SKEWED));
    }

    @Test
    void on_a_local_stack_the_offset_file_moves_the_servers_clock_with_the_services() throws Exception {
        Path offset = dir.resolve("clock-offset");
        Files.writeString(offset, "P183D");
        ProposalClock clock = ProposalClockSettings.fromEnvironment(Map.of("TRELLIS_CLOCK_OFFSET_FILE", offset.toString(),
                "TRELLIS_CLOCK_TOLERANCE", "PT1M"));

        clock.requireHonest(Instant.now().plus(Duration.ofDays(183)));
        assertThatThrownBy(() -> clock.requireHonest(Instant.now())).isInstanceOf(ChaincodeException.class);
    }
}
