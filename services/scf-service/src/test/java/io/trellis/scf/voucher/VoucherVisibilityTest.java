package io.trellis.scf.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.Viewer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoucherVisibilityTest {
    private static final String CORE = "91310000MA1K000001";
    private static final String SUPPLIER1 = "91310000MA1K000002";
    private static final String SUPPLIER2 = "91310000MA1K000003";
    private static final Viewer CORE1 = new Viewer(CORE, Set.of("core_enterprise"));
    private static final Viewer SUPPLIER_ONE = new Viewer(SUPPLIER1, Set.of("supplier"));
    private static final Viewer SUPPLIER_TWO = new Viewer(SUPPLIER2, Set.of("supplier"));
    private static final Viewer AUDITOR = new Viewer("91310000MA1K000008", Set.of("auditor"));
    private static final Viewer OPERATOR = new Viewer("OPERATOR-PLATFORM", Set.of("operator"));

    private static VoucherView voucher(String holder) {
        VoucherView view = new VoucherView();
        view.obligorId = CORE;
        view.holderId = holder;
        return view;
    }

    @Test
    void a_holding_party_lists_its_own_vouchers_with_or_without_naming_itself() {
        assertThat(VoucherVisibility.listing(SUPPLIER_ONE, null)).isEqualTo(new VoucherVisibility.Scope(SUPPLIER1, null));
        assertThat(VoucherVisibility.listing(SUPPLIER_ONE, SUPPLIER1))
                .isEqualTo(new VoucherVisibility.Scope(SUPPLIER1, null));
    }

    @Test
    void a_holding_party_asking_for_another_holder_is_refused() {
        assertThatThrownBy(() -> VoucherVisibility.listing(SUPPLIER_TWO, SUPPLIER1))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().code()).isEqualTo("NOT_ALLOWED"));
    }

    @Test
    void a_core_lists_what_it_owes_narrowed_to_a_holder_if_asked() {
        assertThat(VoucherVisibility.listing(CORE1, null)).isEqualTo(new VoucherVisibility.Scope(null, CORE));
        assertThat(VoucherVisibility.listing(CORE1, SUPPLIER2)).isEqualTo(new VoucherVisibility.Scope(SUPPLIER2, CORE));
    }

    @Test
    void auditors_and_operators_list_everything() {
        assertThat(VoucherVisibility.listing(AUDITOR, null)).isEqualTo(new VoucherVisibility.Scope(null, null));
        assertThat(VoucherVisibility.listing(OPERATOR, SUPPLIER1)).isEqualTo(new VoucherVisibility.Scope(SUPPLIER1, null));
    }

    @Test
    void a_token_without_a_party_lists_nothing() {
        assertThatThrownBy(() -> VoucherVisibility.listing(new Viewer(null, Set.of("supplier")), null))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void one_voucher_is_for_its_holder_its_obligor_auditors_and_operators() {
        VoucherView held = voucher(SUPPLIER1);
        assertThat(VoucherVisibility.canSee(SUPPLIER_ONE, held)).isTrue();
        assertThat(VoucherVisibility.canSee(CORE1, held)).isTrue();
        assertThat(VoucherVisibility.canSee(AUDITOR, held)).isTrue();
        assertThat(VoucherVisibility.canSee(OPERATOR, held)).isTrue();
        assertThat(VoucherVisibility.canSee(SUPPLIER_TWO, held)).isFalse();
    }

    @Test
    void the_lineage_is_for_the_obligor_and_auditors_only() {
        VoucherView held = voucher(SUPPLIER1);
        assertThat(VoucherVisibility.canSeeLineage(CORE1, held)).isTrue();
        assertThat(VoucherVisibility.canSeeLineage(AUDITOR, held)).isTrue();
        assertThat(VoucherVisibility.canSeeLineage(SUPPLIER_ONE, held)).isFalse();
        assertThat(VoucherVisibility.canSeeLineage(OPERATOR, held)).isFalse();
    }
}
