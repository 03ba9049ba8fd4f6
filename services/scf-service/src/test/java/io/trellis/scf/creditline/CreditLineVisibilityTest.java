package io.trellis.scf.creditline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.Viewer;
import io.trellis.desk.security.VisibleRows;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreditLineVisibilityTest {
    private static final String CORE = "91310000MA1K000019";
    private static final String BANK = "91310000MA1K00004J";
    private static final Viewer CORE1 = Viewer.party(CORE, "core_enterprise");
    private static final Viewer BANK1 = Viewer.party(BANK, "financier");

    private static Viewer operator(Org org) {
        return new Viewer("OPERATOR", Set.of("operator"), org, id -> Optional.empty());
    }

    @Test
    void a_financier_sees_the_lines_it_granted_for_any_or_one_obligor() {
        assertThat(CreditLineVisibility.listing(BANK1, null, null))
                .isEqualTo(new CreditLineVisibility.Scope(BANK, null, Condition.ALL));
        assertThat(CreditLineVisibility.listing(BANK1, BANK, CORE))
                .isEqualTo(new CreditLineVisibility.Scope(BANK, CORE, Condition.ALL));
    }

    @Test
    void a_core_sees_its_own_lines() {
        assertThat(CreditLineVisibility.listing(CORE1, BANK, null))
                .isEqualTo(new CreditLineVisibility.Scope(BANK, CORE, Condition.ALL));
    }

    @Test
    void asking_for_another_partys_lines_is_refused() {
        assertThatThrownBy(() -> CreditLineVisibility.listing(BANK1, "91310000MA1K000092", null))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> CreditLineVisibility.listing(CORE1, null, "91310000MA1K000092"))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void a_supplier_sees_no_lines_and_an_auditor_all() {
        assertThatThrownBy(() -> CreditLineVisibility.listing(Viewer.party("91310000MA1K00002C", "supplier"),
                null, null)).isInstanceOf(ProblemException.class);
        assertThat(CreditLineVisibility.listing(Viewer.party("91310000MA1K00008Y", "auditor"), null, CORE))
                .isEqualTo(new CreditLineVisibility.Scope(null, CORE, Condition.ALL));
    }

    @Test
    void an_operator_lists_only_lines_naming_a_party_of_its_organisation_narrowed_as_asked() {
        Viewer bankOperator = operator(Org.BANK);
        assertThat(CreditLineVisibility.listing(bankOperator, null, CORE)).isEqualTo(new CreditLineVisibility.Scope(
                null, CORE, VisibleRows.naming(bankOperator, "financierId", "obligorId")));
        assertThat(CreditLineVisibility.listing(bankOperator, null, null).visible().parameters())
                .containsEntry("viewerOrg", "BankMSP");
    }

    @Test
    void an_operator_whose_token_names_no_organisation_lists_none() {
        assertThat(CreditLineVisibility.listing(operator(null), null, null).visible()).isEqualTo(Condition.NONE);
    }
}
