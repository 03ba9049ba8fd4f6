package io.trellis.chaincode.party;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyAdmission;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyIds;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.chaincode.core.Caller;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The party registry's rules: pure functions, no ledger access. */
public final class PartyRules {
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_CERTIFICATE_ID_LENGTH = 1024;

    /** Which organisation may host which role: suppliers and cores on the platform, financiers at banks. */
    private static final Map<PartyRole, Set<Org>> HOSTS = Map.of(
            PartyRole.CORE_ENTERPRISE, EnumSet.of(Org.PLATFORM),
            PartyRole.SUPPLIER, EnumSet.of(Org.PLATFORM),
            PartyRole.FINANCIER, EnumSet.of(Org.BANK),
            PartyRole.SECURITIES_FIRM, EnumSet.of(Org.SECURITIES),
            PartyRole.INVESTOR, EnumSet.of(Org.SECURITIES),
            PartyRole.SERVICE_PROVIDER, EnumSet.of(Org.SECURITIES),
            PartyRole.AUDITOR, EnumSet.allOf(Org.class));

    private PartyRules() {
    }

    /** Checks the request's shape: every problem here is the client's and maps to 400. */
    public static void validate(RegisterPartyRequest request) {
        requirePartyId(request.id());
        if (request.name() == null || request.name().isBlank()) {
            throw ChaincodeException.invalid("name is required");
        }
        if (request.name().length() > MAX_NAME_LENGTH) {
            throw ChaincodeException.invalid("name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (request.roles() == null || request.roles().isEmpty() || request.roles().stream().anyMatch(Objects::isNull)) {
            throw ChaincodeException.invalid("roles must name at least one role");
        }
        if (request.org() == null) {
            throw ChaincodeException.invalid("org is required");
        }
        if (request.certificateId() != null
                && (request.certificateId().isBlank() || request.certificateId().length() > MAX_CERTIFICATE_ID_LENGTH)) {
            throw ChaincodeException.invalid("certificateId must be non-blank and at most "
                    + MAX_CERTIFICATE_ID_LENGTH + " characters");
        }
    }

    public static void requirePartyId(String id) {
        if (!PartyIds.isWellFormed(id)) {
            throw ChaincodeException.invalid("id must be an 18-character unified social credit code with its check character");
        }
    }

    /** An operator identity of {@code org}'s MSP: not a party, but trusted to run that org's jobs. */
    public static boolean isOperatorOf(Caller caller, Org org) {
        return caller.operator() && org.mspId().equals(caller.mspId());
    }

    /** Only an operator of the hosting organisation may manage its parties. */
    public static void requireOperatorOf(Caller caller, Org org) {
        if (!isOperatorOf(caller, org)) {
            throw ChaincodeException.notAllowed("only an operator of " + org.mspId() + " may do this");
        }
    }

    public static void requireRolesHostedBy(List<PartyRole> roles, Org org) {
        for (PartyRole role : roles) {
            if (!HOSTS.get(role).contains(org)) {
                throw new ChaincodeException(ErrorCode.ROLE_NOT_HOSTED_BY_ORG,
                        "role " + role + " cannot be hosted by " + org.mspId());
            }
        }
    }

    /**
     * The ledger cannot tell which organisation a company belongs to, so the platform, keeper of the consortium's
     * company registry, says so first: an operator of any other org registers only an id admitted to its org.
     * The platform registers its own parties without admission.
     */
    public static boolean needsAdmission(Org org) {
        return org != Org.PLATFORM;
    }

    /** Registering {@code id} at {@code org} (one that {@link #needsAdmission}) needs the platform's admission to it. */
    public static void requireAdmitted(String id, Org org, Optional<PartyAdmission> admission) {
        if (admission.filter(admitted -> admitted.org() == org).isEmpty()) {
            throw new ChaincodeException(ErrorCode.PARTY_NOT_ADMITTED,
                    "the platform has not admitted party " + id + " to " + org.mspId());
        }
    }

    public static void validate(AdmitPartyRequest request) {
        requirePartyId(request.id());
        if (request.org() == null) {
            throw ChaincodeException.invalid("org is required");
        }
        if (!needsAdmission(request.org())) {
            throw ChaincodeException.invalid("the platform registers its own parties without admission");
        }
    }

    /**
     * The admission {@code request} asks for, given the one already kept: the same org again is the same admission
     * (empty: nothing to write); another org replaces it, so the keeper can correct its own mistake while the id is
     * unregistered.
     */
    public static Optional<PartyAdmission> admit(AdmitPartyRequest request, Optional<PartyAdmission> current,
            Caller caller, Instant timestamp) {
        if (current.filter(admitted -> admitted.org() == request.org()).isPresent()) {
            return Optional.empty();
        }
        long version = current.map(PartyAdmission::version).orElse(0L) + 1;
        return Optional.of(new PartyAdmission(request.id(), request.org(), timestamp.toString(), caller.certificateId(),
                version));
    }

    /**
     * A counterparty named in a request (a recipient, a buyer, a financier) must be KYC-approved and hold the
     * role the transaction needs it in.
     */
    public static Party requireEligible(Party counterparty, PartyRole role) {
        if (!counterparty.hasRole(role) || counterparty.kycStatus() != KycStatus.APPROVED) {
            throw new ChaincodeException(ErrorCode.COUNTERPARTY_NOT_ELIGIBLE,
                    "party " + counterparty.id() + " is not a KYC-approved " + role);
        }
        return counterparty;
    }

    /** A newly registered party: KYC pending, roles sorted and distinct so every peer writes the same bytes. */
    public static Party register(RegisterPartyRequest request, Caller caller, Instant timestamp) {
        PartyIdentity identity = request.certificateId() == null
                ? null
                : new PartyIdentity(request.org().mspId(), request.certificateId());
        List<PartyRole> roles = request.roles().stream().distinct().sorted().toList();
        return new Party(request.id(), request.name().strip(), roles, request.org(), KycStatus.PENDING, identity,
                timestamp.toString(), caller.certificateId(), 1);
    }

    public static void validate(ReviewKycRequest request) {
        requirePartyId(request.partyId());
        if (request.status() == null || request.status() == KycStatus.PENDING) {
            throw ChaincodeException.invalid("status must be APPROVED or REJECTED");
        }
    }

    /** A review decides a pending party once; a decided party keeps its status. */
    public static Party review(Party party, KycStatus decision) {
        if (party.kycStatus() != KycStatus.PENDING) {
            throw new ChaincodeException(ErrorCode.KYC_ALREADY_REVIEWED,
                    "party " + party.id() + " was already reviewed: " + party.kycStatus());
        }
        return party.withKycStatus(decision);
    }
}
