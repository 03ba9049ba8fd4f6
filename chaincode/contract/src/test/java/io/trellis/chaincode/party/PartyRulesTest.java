package io.trellis.chaincode.party;

import static io.trellis.chaincode.testing.Rejections.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyAdmission;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.chaincode.testing.Callers;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyRulesTest {
    private static final String ID = "91310000MA1K000019";

    private static RegisterPartyRequest request(String id, String name, List<PartyRole> roles, Org org) {
        return new RegisterPartyRequest(id, name, roles, org, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91310000MA1K00000", "91310000MA1K0000011", "91310000ma1k000001", "91310000MA1K00000I"})
    void a_party_id_that_is_not_a_credit_code_is_invalid(String id) {
        assertThat(codeOf(() -> PartyRules.validate(request(id, "Acme", List.of(PartyRole.SUPPLIER), Org.PLATFORM))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void a_blank_or_overlong_name_is_invalid() {
        assertThat(codeOf(() -> PartyRules.validate(request(ID, "  ", List.of(PartyRole.SUPPLIER), Org.PLATFORM))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> PartyRules.validate(request(ID, "x".repeat(201), List.of(PartyRole.SUPPLIER), Org.PLATFORM))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThatCode(() -> PartyRules.validate(request(ID, "x".repeat(200), List.of(PartyRole.SUPPLIER), Org.PLATFORM)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_party_needs_a_role_and_an_org() {
        assertThat(codeOf(() -> PartyRules.validate(request(ID, "Acme", List.of(), Org.PLATFORM))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> PartyRules.validate(request(ID, "Acme", List.of(PartyRole.SUPPLIER), null))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void roles_are_stored_sorted_and_distinct_and_the_name_stripped() {
        Party party = PartyRules.register(request(ID, " Acme ",
                        List.of(PartyRole.SUPPLIER, PartyRole.CORE_ENTERPRISE, PartyRole.SUPPLIER), Org.PLATFORM),
                Callers.PLATFORM_OPERATOR, Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(party.roles()).containsExactly(PartyRole.CORE_ENTERPRISE, PartyRole.SUPPLIER);
        assertThat(party.name()).isEqualTo("Acme");
        assertThat(party.identity()).isNull();
        assertThat(party.version()).isEqualTo(1);
    }

    @Test
    void each_org_hosts_only_its_roles_and_auditors_anywhere() {
        assertThat(codeOf(() -> PartyRules.requireRolesHostedBy(List.of(PartyRole.FINANCIER), Org.BANK))).isNull();
        assertThat(codeOf(() -> PartyRules.requireRolesHostedBy(List.of(PartyRole.INVESTOR), Org.SECURITIES))).isNull();
        assertThat(codeOf(() -> PartyRules.requireRolesHostedBy(List.of(PartyRole.AUDITOR), Org.BANK))).isNull();
        assertThat(codeOf(() -> PartyRules.requireRolesHostedBy(List.of(PartyRole.SUPPLIER, PartyRole.INVESTOR), Org.PLATFORM)))
                .isEqualTo(ErrorCode.ROLE_NOT_HOSTED_BY_ORG);
        assertThat(codeOf(() -> PartyRules.requireRolesHostedBy(List.of(PartyRole.CORE_ENTERPRISE), Org.SECURITIES)))
                .isEqualTo(ErrorCode.ROLE_NOT_HOSTED_BY_ORG);
    }

    @Test
    void a_kyc_review_must_decide() {
        assertThatThrownBy(() -> PartyRules.validate(new ReviewKycRequest(ID, KycStatus.PENDING)))
                .isInstanceOf(ChaincodeException.class)
                .hasMessage("status must be APPROVED or REJECTED");
    }

    @Test
    void only_a_bank_or_securities_registration_needs_an_admission_and_only_one_to_its_own_org_counts() {
        PartyAdmission toBank = new PartyAdmission(ID, Org.BANK, "2026-01-01T00:00:00Z", "x509::admin", 1);

        assertThat(PartyRules.needsAdmission(Org.PLATFORM)).isFalse();
        assertThat(PartyRules.needsAdmission(Org.BANK)).isTrue();
        assertThat(PartyRules.needsAdmission(Org.SECURITIES)).isTrue();
        assertThatCode(() -> PartyRules.requireAdmitted(ID, Org.BANK, Optional.of(toBank))).doesNotThrowAnyException();
        assertThat(codeOf(() -> PartyRules.requireAdmitted(ID, Org.SECURITIES, Optional.of(toBank))))
                .isEqualTo(ErrorCode.PARTY_NOT_ADMITTED);
        assertThat(codeOf(() -> PartyRules.requireAdmitted(ID, Org.BANK, Optional.empty())))
                .isEqualTo(ErrorCode.PARTY_NOT_ADMITTED);
    }

    @Test
    void an_admission_to_the_same_org_changes_nothing_and_one_to_another_org_replaces_it() {
        Instant now = Instant.parse("2026-01-02T00:00:00Z");
        PartyAdmission toBank = new PartyAdmission(ID, Org.BANK, "2026-01-01T00:00:00Z", "x509::admin", 1);

        assertThat(PartyRules.admit(new AdmitPartyRequest(ID, Org.BANK), Optional.of(toBank), Callers.PLATFORM_OPERATOR,
                now)).isEmpty();
        assertThat(PartyRules.admit(new AdmitPartyRequest(ID, Org.SECURITIES), Optional.of(toBank),
                Callers.PLATFORM_OPERATOR, now)).contains(new PartyAdmission(ID, Org.SECURITIES, now.toString(),
                Callers.PLATFORM_OPERATOR.certificateId(), 2));
        assertThat(PartyRules.admit(new AdmitPartyRequest(ID, Org.BANK), Optional.empty(), Callers.PLATFORM_OPERATOR,
                now)).contains(new PartyAdmission(ID, Org.BANK, now.toString(), Callers.PLATFORM_OPERATOR.certificateId(),
                1));
    }
}
