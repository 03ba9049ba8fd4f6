package io.trellis.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Org;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.problem.ProblemException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {
    private static final String CORE = "91310000MA1K000019";
    private static final String SUPPLIER = "91310000MA1K00002C";
    private static final String BANK = "91310000MA1K00004J";
    private static final Map<String, Org> HOSTS = Map.of(CORE, Org.PLATFORM, SUPPLIER, Org.PLATFORM, BANK, Org.BANK);

    /** An operator of {@code org} (null: a token naming none), parties hosted as {@link #HOSTS} says. */
    static Viewer operator(Org org) {
        return new Viewer("OPERATOR-X", Set.of("operator"), org, id -> Optional.ofNullable(HOSTS.get(id)));
    }

    @Test
    void a_party_sees_what_names_it_and_an_auditor_everything() {
        Viewer supplier = Viewer.party(SUPPLIER, "supplier");
        assertThat(supplier.sees("91310000MA1K00003F", SUPPLIER)).isTrue();
        assertThat(supplier.sees("91310000MA1K00003F")).isFalse();
        assertThat(Viewer.party("91310000MA1K00008Y", "auditor").sees("91310000MA1K00003F")).isTrue();
    }

    @Test
    void an_operator_speaks_for_the_parties_its_own_organisation_hosts_only() {
        assertThat(operator(Org.PLATFORM).sees(SUPPLIER)).isTrue();
        assertThat(operator(Org.PLATFORM).sees(BANK)).isFalse();
        assertThat(operator(Org.BANK).sees(BANK)).isTrue();
        assertThat(operator(Org.BANK).sees(CORE, SUPPLIER)).isFalse();
        assertThat(operator(Org.SECURITIES).sees(CORE, SUPPLIER, BANK)).isFalse();
        assertThat(operator(Org.PLATFORM).sees("91310000MA1K0000X0")).as("a party the read model does not know").isFalse();
    }

    @Test
    void an_operator_whose_token_names_no_organisation_speaks_for_no_one() {
        Viewer noOrg = operator(null);
        assertThat(noOrg.operatorOf()).isEmpty();
        assertThat(noOrg.sees(CORE, SUPPLIER, BANK)).isFalse();
        assertThat(VisibleRows.naming(noOrg, "holderId")).isEqualTo(Condition.NONE);
        assertThat(VisibleRows.directory(noOrg)).isEqualTo(Condition.NONE);
    }

    @Test
    void an_operators_token_is_no_party_whatever_id_it_carries() {
        Viewer operator = new Viewer(SUPPLIER, Set.of("operator"), Org.BANK, id -> Optional.ofNullable(HOSTS.get(id)));
        assertThat(operator.isParty()).isFalse();
        assertThat(operator.sees(SUPPLIER)).isFalse();
        assertThatThrownBy(() -> operator.ownParty(null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void a_token_without_a_party_is_nobody() {
        Viewer nobody = Viewer.party(null, "supplier");
        assertThat(nobody.is(null)).isFalse();
        assertThat(nobody.sees((String) null)).isFalse();
        assertThat(VisibleRows.naming(nobody, "holderId")).isEqualTo(Condition.NONE);
        assertThat(VisibleRows.directory(nobody)).isEqualTo(Condition.NONE);
    }

    @Test
    void an_auditor_reads_every_row_and_a_party_the_rows_naming_it() {
        assertThat(VisibleRows.naming(Viewer.party("91310000MA1K00008Y", "auditor"), "sellerId", "buyerId"))
                .isEqualTo(Condition.ALL);
        assertThat(VisibleRows.naming(Viewer.party(SUPPLIER, "supplier"), "sellerId", "buyerId")).isEqualTo(
                new Condition("sellerId = :viewerParty or buyerId = :viewerParty", Map.of("viewerParty", SUPPLIER)));
        assertThat(VisibleRows.directory(Viewer.party(SUPPLIER, "supplier"))).isEqualTo(Condition.ALL);
    }

    @Test
    void an_operator_reads_the_rows_naming_a_party_of_its_organisation() {
        assertThat(VisibleRows.naming(operator(Org.BANK), "financierId")).isEqualTo(new Condition(
                "financierId in (select host.id from PartyView host where host.mspId = :viewerOrg)",
                Map.of("viewerOrg", "BankMSP")));
        assertThat(VisibleRows.directory(operator(Org.BANK)))
                .isEqualTo(new Condition("mspId = :viewerOrg", Map.of("viewerOrg", "BankMSP")));
    }
}
