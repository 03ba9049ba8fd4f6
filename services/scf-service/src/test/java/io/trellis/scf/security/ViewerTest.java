package io.trellis.scf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {

    @Test
    void a_party_sees_what_names_it_and_an_auditor_everything() {
        Viewer supplier = new Viewer("91310000MA1K000002", Set.of("supplier"));
        assertThat(supplier.sees("91310000MA1K000003", "91310000MA1K000002")).isTrue();
        assertThat(supplier.sees("91310000MA1K000003")).isFalse();
        assertThat(new Viewer("91310000MA1K000008", Set.of("auditor")).sees("91310000MA1K000003")).isTrue();
    }

    @Test
    void a_token_without_a_party_is_nobody() {
        Viewer nobody = new Viewer(null, Set.of("supplier"));
        assertThat(nobody.is(null)).isFalse();
        assertThat(nobody.sees((String) null)).isFalse();
    }
}
