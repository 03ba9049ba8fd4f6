package io.trellis.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaincodeServerSettingsTest {

    @Test
    void an_address_alone_is_a_plaintext_server() {
        ChaincodeServerSettings settings = ChaincodeServerSettings.fromEnvironment(Map.of("CHAINCODE_SERVER_ADDRESS", "0.0.0.0:9999"));

        assertThat(settings.tls()).isFalse();
        assertThat(settings.toProperties().getServerAddress().toString()).endsWith(":9999");
        assertThat(settings.toProperties().isTlsEnabled()).isFalse();
    }

    @Test
    void a_certificate_and_key_make_a_tls_server_and_a_client_ca_makes_it_mutual() {
        ChaincodeServerSettings settings = ChaincodeServerSettings.fromEnvironment(Map.of(
                "CHAINCODE_SERVER_ADDRESS", "127.0.0.1:9999", "CHAINCODE_TLS_CERT_FILE", "/tls/server.crt",
                "CHAINCODE_TLS_KEY_FILE", "/tls/server.key", "CHAINCODE_TLS_CLIENT_CA_FILE", "/tls/peers-ca.crt"));

        assertThat(settings.toProperties().isTlsEnabled()).isTrue();
        assertThat(settings.toProperties().getKeyCertChainFile()).isEqualTo("/tls/server.crt");
        assertThat(settings.toProperties().getKeyFile()).isEqualTo("/tls/server.key");
        assertThat(settings.toProperties().getTrustCertCollectionFile()).isEqualTo("/tls/peers-ca.crt");
    }

    @Test
    void half_a_tls_configuration_is_refused() {
        assertThatThrownBy(() -> ChaincodeServerSettings.fromEnvironment(Map.of(
                "CHAINCODE_SERVER_ADDRESS", "127.0.0.1:9999", "CHAINCODE_TLS_CERT_FILE", "/tls/server.crt")))
                .hasMessage("CHAINCODE_TLS_CERT_FILE and CHAINCODE_TLS_KEY_FILE go together");
        assertThatThrownBy(() -> ChaincodeServerSettings.fromEnvironment(Map.of(
                "CHAINCODE_SERVER_ADDRESS", "127.0.0.1:9999", "CHAINCODE_TLS_CLIENT_CA_FILE", "/tls/ca.crt")))
                .hasMessage("CHAINCODE_TLS_CLIENT_CA_FILE needs the server's own TLS certificate and key");
    }

    @Test
    void an_address_without_a_port_is_refused() {
        assertThatThrownBy(() -> ChaincodeServerSettings.fromEnvironment(Map.of("CHAINCODE_SERVER_ADDRESS", "localhost")))
                .hasMessage("CHAINCODE_SERVER_ADDRESS must be host:port, got localhost");
        assertThatThrownBy(() -> ChaincodeServerSettings.fromEnvironment(Map.of()))
                .hasMessage("environment variable CHAINCODE_SERVER_ADDRESS is required");
    }
}
