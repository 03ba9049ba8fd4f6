package io.trellis.ledger.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerAssemblyTest {

    @Test
    void the_standalone_config_expands_the_defaults_every_service_reads() {
        FabricConfig config = LedgerAssembly.standaloneConfig();

        assertThat(config.channel()).isEqualTo(System.getenv().getOrDefault("FABRIC_CHANNEL", "trellis"));
        assertThat(config.peers()).containsOnlyKeys("PlatformMSP", "BankMSP", "SecuritiesMSP");
        assertThat(config.peers().get("PlatformMSP").target())
                .isEqualTo("127.0.0.1:" + System.getenv().getOrDefault("PEER_PLATFORM_PORT", "7051"));
        assertThat(config.operators().get("BankMSP").toString())
                .doesNotContain("${")
                .endsWith("peerOrganizations/bank.trellis.local/users/Admin@bank.trellis.local/msp");
    }
}
