package io.trellis.desk.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.trellis.chaincode.api.Org;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PartyViewHostsTest {
    private static final String PARTY = "91310000MA1K00002C";

    @SuppressWarnings("unchecked")
    private static PartyViewHosts hostsAnswering(String... mspIds) {
        EntityManager entities = mock(EntityManager.class);
        TypedQuery<String> query = mock(TypedQuery.class);
        when(entities.createQuery("select party.mspId from PartyView party where party.id = :id", String.class))
                .thenReturn(query);
        when(query.setParameter(eq("id"), anyString())).thenReturn(query);
        when(query.getResultStream()).thenReturn(Stream.of(mspIds));
        return new PartyViewHosts(entities);
    }

    @Test
    void a_party_is_hosted_by_the_organisation_of_its_msp() {
        assertThat(hostsAnswering(Org.BANK.mspId()).hostOf(PARTY)).contains(Org.BANK);
    }

    @Test
    void a_party_the_read_model_does_not_know_is_hosted_nowhere() {
        assertThat(hostsAnswering().hostOf(PARTY)).isEmpty();
    }

    @Test
    void a_party_of_an_msp_that_is_no_trellis_organisation_is_hosted_nowhere() {
        assertThat(hostsAnswering("OtherMSP").hostOf(PARTY)).isEmpty();
    }
}
