package io.trellis.portal.desk.operator;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.PartyRole;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Message keys of the ledger's names this desk shows (roles, KYC states, organisations). They carry the desk's
 * prefix, so no other desk's bundle can define the same key.
 */
public final class OperatorLabels {
    private OperatorLabels() {
    }

    public static String role(String role) {
        return "operator_role_" + role;
    }

    public static String kyc(String status) {
        return "operator_kyc_" + status;
    }

    public static String org(String mspId) {
        return "operator_org_" + mspId;
    }

    /** A value a form offers, with the key of its label. */
    public record Choice(String value, String labelKey) {
    }

    /**
     * Every role a company may be registered in: which of them the operator's organisation may host is the
     * chaincode's rule (ROLE_NOT_HOSTED_BY_ORG), not repeated here.
     */
    public static List<Choice> roles() {
        return Arrays.stream(PartyRole.values()).map(role -> new Choice(role.name(), role(role.name()))).toList();
    }

    /** The organisations the platform admits companies to (its own parties need no admission). */
    public static List<Choice> admittingOrgs() {
        return Arrays.stream(Org.values()).filter(org -> org != Org.PLATFORM)
                .map(org -> new Choice(org.mspId(), org(org.mspId()))).toList();
    }

    /** Every key this class can produce, so a test can check each has a text in both languages. */
    public static List<String> allKeys() {
        return Stream.of(
                        Arrays.stream(PartyRole.values()).map(role -> role(role.name())),
                        Arrays.stream(KycStatus.values()).map(status -> kyc(status.name())),
                        Arrays.stream(Org.values()).map(org -> org(org.mspId())))
                .flatMap(s -> s).toList();
    }
}
