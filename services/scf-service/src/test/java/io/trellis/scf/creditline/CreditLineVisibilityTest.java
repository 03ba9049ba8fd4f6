package io.trellis.scf.creditline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.Viewer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditLineVisibilityTest {
    private static final String CORE = "91310000MA1K000001";
    private static final String BANK = "91310000MA1K000004";
    private static final Viewer CORE1 = new Viewer(CORE, Set.of("core_enterprise"));
    private static final Viewer BANK1 = new Viewer(BANK, Set.of("financier"));

    @Test
    void a_financier_sees_the_lines_it_granted_for_any_or_one_obligor() {
        assertThat(CreditLineVisibility.listing(BANK1, null, null)).isEqualTo(new CreditLineVisibility.Scope(BANK, null));
        assertThat(CreditLineVisibility.listing(BANK1, BANK, CORE)).isEqualTo(new CreditLineVisibility.Scope(BANK, CORE));
    }

    @Test
    void a_core_sees_its_own_lines() {
        assertThat(CreditLineVisibility.listing(CORE1, BANK, null)).isEqualTo(new CreditLineVisibility.Scope(BANK, CORE));
    }

    @Test
    void asking_for_another_partys_lines_is_refused() {
        assertThatThrownBy(() -> CreditLineVisibility.listing(BANK1, "91310000MA1K000009", null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CreditLineVisibility.listing(CORE1, null, "91310000MA1K000009"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void a_supplier_sees_no_lines_and_an_auditor_all() {
        assertThatThrownBy(() -> CreditLineVisibility.listing(new Viewer("91310000MA1K000002", Set.of("supplier")),
                null, null)).isInstanceOf(ProblemException.class);
        assertThat(CreditLineVisibility.listing(new Viewer("91310000MA1K000008", Set.of("auditor")), null, CORE))
                .isEqualTo(new CreditLineVisibility.Scope(null, CORE));
    }
}
