package io.trellis.chaincode.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class X509CallerResolverTest {

    @Test
    void an_admin_organisational_unit_marks_an_operator() {
        assertThat(X509CallerResolver.hasAdminOu("CN=Admin@platform.trellis,OU=admin,L=Shanghai,C=CN")).isTrue();
    }

    @Test
    void client_and_peer_units_are_not_operators() {
        assertThat(X509CallerResolver.hasAdminOu("CN=User1@platform.trellis,OU=client,L=Shanghai,C=CN")).isFalse();
        assertThat(X509CallerResolver.hasAdminOu("CN=peer0,OU=peer,C=CN")).isFalse();
        assertThat(X509CallerResolver.hasAdminOu("CN=administrator,C=CN")).isFalse();
    }

    @Test
    void an_unparsable_subject_is_not_an_operator() {
        assertThat(X509CallerResolver.hasAdminOu("not a distinguished name")).isFalse();
    }
}
