package io.trellis.scf.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.Viewer;
import io.trellis.desk.security.VisibleRows;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoucherVisibilityTest {
    private static final String CORE = "91310000MA1K000019";
    private static final String SUPPLIER1 = "91310000MA1K00002C";
    private static final String SUPPLIER2 = "91310000MA1K00003F";
    private static final String BANK = "91310000MA1K00004J";
    private static final Map<String, Org> HOSTS = Map.of(CORE, Org.PLATFORM, SUPPLIER1, Org.PLATFORM,
            SUPPLIER2, Org.PLATFORM, BANK, Org.BANK);
    private static final Viewer CORE1 = Viewer.party(CORE, "core_enterprise");
    private static final Viewer SUPPLIER_ONE = Viewer.party(SUPPLIER1, "supplier");
    private static final Viewer SUPPLIER_TWO = Viewer.party(SUPPLIER2, "supplier");
    private static final Viewer AUDITOR = Viewer.party("91310000MA1K00008Y", "auditor");
    private static final Viewer PLATFORM_OPERATOR = operator(Org.PLATFORM);
    private static final Viewer BANK_OPERATOR = operator(Org.BANK);

    private static Viewer operator(Org org) {
        return new Viewer("OPERATOR-" + org, Set.of("operator"), org, id -> Optional.ofNullable(HOSTS.get(id)));
    }

    private static VoucherView voucher(String holder) {
        VoucherView view = new VoucherView();
        view.obligorId = CORE;
        view.holderId = holder;
        return view;
    }

    private static VoucherVisibility.Scope visibleOnly(Viewer viewer) {
        return new VoucherVisibility.Scope(null, null, VisibleRows.naming(viewer, "holderId", "obligorId"));
    }

    @Test
    void a_party_without_a_holder_lists_each_voucher_naming_it_as_holder_or_obligor() {
        assertThat(VoucherVisibility.listing(SUPPLIER_ONE, null)).isEqualTo(visibleOnly(SUPPLIER_ONE));
        assertThat(VoucherVisibility.listing(CORE1, null)).isEqualTo(visibleOnly(CORE1));
        assertThat(VoucherVisibility.listing(SUPPLIER_ONE, null).visible().clause())
                .isEqualTo("holderId = :viewerParty or obligorId = :viewerParty");
    }

    @Test
    void a_holding_party_lists_its_own_vouchers_naming_itself() {
        assertThat(VoucherVisibility.listing(SUPPLIER_ONE, SUPPLIER1))
                .isEqualTo(new VoucherVisibility.Scope(SUPPLIER1, null, Condition.ALL));
    }

    @Test
    void a_holding_party_asking_for_another_holder_is_refused() {
        assertThatThrownBy(() -> VoucherVisibility.listing(SUPPLIER_TWO, SUPPLIER1))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().code()).isEqualTo("NOT_ALLOWED"));
    }

    @Test
    void a_core_narrows_what_it_owes_to_a_holder() {
        assertThat(VoucherVisibility.listing(CORE1, SUPPLIER2))
                .isEqualTo(new VoucherVisibility.Scope(SUPPLIER2, CORE, Condition.ALL));
    }

    @Test
    void auditors_list_everything() {
        assertThat(VoucherVisibility.listing(AUDITOR, null)).isEqualTo(new VoucherVisibility.Scope(null, null, Condition.ALL));
        assertThat(VoucherVisibility.listing(AUDITOR, SUPPLIER1))
                .isEqualTo(new VoucherVisibility.Scope(SUPPLIER1, null, Condition.ALL));
    }

    @Test
    void an_operator_lists_a_holder_of_its_own_organisation_and_is_refused_another() {
        assertThat(VoucherVisibility.listing(PLATFORM_OPERATOR, SUPPLIER1))
                .isEqualTo(new VoucherVisibility.Scope(SUPPLIER1, null, Condition.ALL));
        assertThatThrownBy(() -> VoucherVisibility.listing(PLATFORM_OPERATOR, BANK))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> VoucherVisibility.listing(BANK_OPERATOR, SUPPLIER1))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void an_operator_without_a_holder_lists_what_names_its_organisations_parties() {
        assertThat(VoucherVisibility.listing(BANK_OPERATOR, null).visible().parameters())
                .isEqualTo(Map.of("viewerOrg", "BankMSP"));
        assertThat(VoucherVisibility.listing(operator(null), null).visible()).isEqualTo(Condition.NONE);
    }

    @Test
    void a_token_without_a_party_lists_nothing() {
        assertThat(VoucherVisibility.listing(Viewer.party(null, "supplier"), null).visible()).isEqualTo(Condition.NONE);
        assertThatThrownBy(() -> VoucherVisibility.listing(Viewer.party(null, "supplier"), SUPPLIER1))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void one_voucher_is_for_its_holder_its_obligor_their_operators_and_auditors() {
        VoucherView held = voucher(SUPPLIER1);
        assertThat(VoucherVisibility.canSee(SUPPLIER_ONE, held)).isTrue();
        assertThat(VoucherVisibility.canSee(CORE1, held)).isTrue();
        assertThat(VoucherVisibility.canSee(AUDITOR, held)).isTrue();
        assertThat(VoucherVisibility.canSee(PLATFORM_OPERATOR, held)).isTrue();
        assertThat(VoucherVisibility.canSee(SUPPLIER_TWO, held)).isFalse();
        assertThat(VoucherVisibility.canSee(BANK_OPERATOR, held)).isFalse();
        assertThat(VoucherVisibility.canSee(BANK_OPERATOR, voucher(BANK))).isTrue();
        assertThat(VoucherVisibility.canSee(operator(null), held)).isFalse();
    }

    @Test
    void the_lineage_is_for_the_obligor_and_auditors_only() {
        VoucherView held = voucher(SUPPLIER1);
        assertThat(VoucherVisibility.canSeeLineage(CORE1, held)).isTrue();
        assertThat(VoucherVisibility.canSeeLineage(AUDITOR, held)).isTrue();
        assertThat(VoucherVisibility.canSeeLineage(SUPPLIER_ONE, held)).isFalse();
        assertThat(VoucherVisibility.canSeeLineage(PLATFORM_OPERATOR, held)).isFalse();
    }
}
