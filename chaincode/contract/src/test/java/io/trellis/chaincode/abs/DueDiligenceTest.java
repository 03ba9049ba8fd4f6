package io.trellis.chaincode.abs;

import static io.trellis.abs.rules.AbsFixtures.deal;
import static io.trellis.chaincode.testing.Rejections.codeOf;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.abs.rules.DealStructureRules;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.AppointProviderRequest;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheRating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What clears a deal for subscription, and what an appointment is: the pure rules of {@link DueDiligence}. */
class DueDiligenceTest {
    private static final DealStructure DEAL = DealStructureRules.validate(deal());
    private static final String POOL = "AP0123456789ABCDEF0123";
    private static final String AT = "2026-03-02T01:00:00Z";
    private static final Set<AttestationKind> REQUIRED = EnumSet.of(AttestationKind.LEGAL_OPINION, AttestationKind.AUDIT);
    private static final List<ProviderAppointment> APPOINTED = List.of(
            new ProviderAppointment(ProviderRole.LAW_FIRM, "LAW-FIRM", AT),
            new ProviderAppointment(ProviderRole.LAW_FIRM, "LAW-FIRM-2", AT),
            new ProviderAppointment(ProviderRole.ACCOUNTANT, "ACCOUNTANT", AT),
            new ProviderAppointment(ProviderRole.RATING_AGENCY, "AGENCY", AT));
    private static final List<Attestation> CLEAN = List.of(
            attestation(AttestationKind.LEGAL_OPINION, "LAW-FIRM", AttestationOpinion.UNQUALIFIED),
            attestation(AttestationKind.AUDIT, "ACCOUNTANT", AttestationOpinion.QUALIFIED));
    private static final List<TrancheRating> RATED = List.of(
            new TrancheRating(TrancheClass.SENIOR, "AGENCY", "AAA"),
            new TrancheRating(TrancheClass.MEZZANINE, "AGENCY", "AA-"));

    private static Attestation attestation(AttestationKind kind, String providerId, AttestationOpinion opinion) {
        return new Attestation(kind, providerId, opinion, "ab".repeat(32));
    }

    private static List<Attestation> cleanPlus(Attestation more) {
        List<Attestation> all = new ArrayList<>(CLEAN);
        all.add(more);
        return all;
    }

    private static ErrorCode clearing(List<Attestation> attestations, List<TrancheRating> ratings) {
        return codeOf(() -> DueDiligence.requireCleared(DEAL, REQUIRED,
                new DueDiligence.OnRecord(APPOINTED, attestations, ratings)));
    }

    @Test
    void clean_opinions_of_every_required_kind_and_rated_tranches_clear_the_deal() {
        assertThat(clearing(CLEAN, RATED)).isNull();
    }

    @Test
    void an_adverse_opinion_blocks_the_deal_even_when_another_provider_filed_a_clean_one_for_that_kind() {
        assertThat(clearing(cleanPlus(attestation(AttestationKind.LEGAL_OPINION, "LAW-FIRM-2", AttestationOpinion.ADVERSE)),
                RATED)).isEqualTo(ErrorCode.ATTESTATION_ADVERSE);
    }

    @Test
    void an_adverse_opinion_blocks_the_deal_even_for_a_kind_the_pool_does_not_require() {
        assertThat(clearing(cleanPlus(attestation(AttestationKind.RATING, "AGENCY", AttestationOpinion.ADVERSE)),
                RATED)).isEqualTo(ErrorCode.ATTESTATION_ADVERSE);
    }

    @Test
    void a_disclaimer_neither_satisfies_a_kind_nor_blocks_the_deal() {
        assertThat(clearing(cleanPlus(attestation(AttestationKind.LEGAL_OPINION, "LAW-FIRM-2",
                AttestationOpinion.DISCLAIMER)), RATED)).isNull();
        assertThat(clearing(List.of(CLEAN.get(1), attestation(AttestationKind.LEGAL_OPINION, "LAW-FIRM",
                AttestationOpinion.DISCLAIMER)), RATED)).isEqualTo(ErrorCode.ATTESTATION_MISSING);
    }

    @Test
    void a_clean_opinion_counts_only_from_a_provider_appointed_for_its_kind() {
        // The law firm's audit is outside its role; an unknown provider's is outside the deal.
        assertThat(clearing(List.of(CLEAN.get(0), attestation(AttestationKind.AUDIT, "LAW-FIRM",
                AttestationOpinion.UNQUALIFIED)), RATED)).isEqualTo(ErrorCode.ATTESTATION_MISSING);
        assertThat(clearing(List.of(CLEAN.get(0), attestation(AttestationKind.AUDIT, "STRANGER",
                AttestationOpinion.UNQUALIFIED)), RATED)).isEqualTo(ErrorCode.ATTESTATION_MISSING);
    }

    @Test
    void a_rating_counts_only_from_an_appointed_rating_agency() {
        assertThat(clearing(CLEAN, List.of(RATED.get(0), new TrancheRating(TrancheClass.MEZZANINE, "ACCOUNTANT", "AA"))))
                .isEqualTo(ErrorCode.TRANCHE_RATING_MISSING);
    }

    @ParameterizedTest
    @EnumSource(ProviderRole.class)
    void each_role_attests_its_own_kind_and_only_that_role_attests_it(ProviderRole role) {
        assertThat(ProviderRole.attesting(role.attests())).isEqualTo(role);
    }

    @Test
    void an_appointment_names_a_pool_a_role_and_a_well_formed_party_id() {
        Instant now = Instant.parse(AT);

        assertThat(DueDiligence.appointment(new AppointProviderRequest(POOL, ProviderRole.TRUSTEE, SERVICER), now))
                .isEqualTo(new ProviderAppointment(ProviderRole.TRUSTEE, SERVICER, AT));
        assertThat(codeOf(() -> DueDiligence.appointment(new AppointProviderRequest(POOL, null, SERVICER), now)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> DueDiligence.appointment(new AppointProviderRequest(POOL, ProviderRole.TRUSTEE,
                "nobody"), now))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> DueDiligence.appointment(new AppointProviderRequest("AP1", ProviderRole.TRUSTEE,
                SERVICER), now))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }
}
