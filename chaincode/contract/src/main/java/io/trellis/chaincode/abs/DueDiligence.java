package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.abs.AppointProviderRequest;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.chaincode.api.abs.TrancheTerms;
import io.trellis.chaincode.api.abs.WithdrawAttestationRequest;
import io.trellis.chaincode.party.PartyRules;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Due diligence, pure: the manager's appointments, what appointed providers record, and whether what is on record
 * clears a deal for subscription.
 */
public final class DueDiligence {
    /** Grades as agencies write them: AAA, Aa2, BBB-, A-1+ … */
    private static final Pattern GRADE = Pattern.compile("[A-Za-z0-9+-]{1,10}");

    /** Tranches that must carry a rating; the subordinated tranche is the originator's equity and may be unrated. */
    private static final Set<TrancheClass> RATED = EnumSet.of(TrancheClass.SENIOR, TrancheClass.MEZZANINE);

    /** Opinions that satisfy a required kind; a disclaimer satisfies nothing but blocks nothing either. */
    private static final Set<AttestationOpinion> SATISFYING =
            EnumSet.of(AttestationOpinion.UNQUALIFIED, AttestationOpinion.QUALIFIED);

    /** What is on record for one deal, each read by one range. */
    public record OnRecord(List<ProviderAppointment> appointments, List<Attestation> attestations,
            List<TrancheRating> ratings) {
    }

    private DueDiligence() {
    }

    public static ProviderAppointment appointment(AppointProviderRequest request, Instant timestamp) {
        PoolRules.requirePoolId(request.poolId());
        if (request.role() == null) {
            throw ChaincodeException.invalid("role is required");
        }
        PartyRules.requirePartyId(request.providerId());
        return new ProviderAppointment(request.role(), request.providerId(), timestamp.toString());
    }

    public static Attestation attestation(RecordAttestationRequest request, String providerId) {
        PoolRules.requirePoolId(request.poolId());
        if (request.kind() == null || request.opinion() == null) {
            throw ChaincodeException.invalid("kind and opinion are required");
        }
        if (!Hashes.isSha256Hex(request.documentHash())) {
            throw ChaincodeException.invalid("documentHash must be a SHA-256 in lower-case hex (64 characters)");
        }
        return new Attestation(request.kind(), providerId, request.opinion(), request.documentHash());
    }

    public static void validate(WithdrawAttestationRequest request) {
        PoolRules.requirePoolId(request.poolId());
        if (request.kind() == null) {
            throw ChaincodeException.invalid("kind is required");
        }
    }

    /** A rating is for a tranche of the deal's current structure. */
    public static TrancheRating rating(RecordRatingRequest request, String agencyId, DealStructure structure) {
        PoolRules.requirePoolId(request.poolId());
        if (request.trancheClass() == null || request.grade() == null || !GRADE.matcher(request.grade()).matches()) {
            throw ChaincodeException.invalid("trancheClass and a grade of 1 to 10 letters, digits, + or - are required");
        }
        if (structure == null || structure.tranche(request.trancheClass()).isEmpty()) {
            throw new ChaincodeException(ErrorCode.TRANCHE_NOT_FOUND,
                    "the deal has no " + request.trancheClass() + " tranche to rate");
        }
        return new TrancheRating(request.trancheClass(), agencyId, request.grade());
    }

    public static boolean isAppointed(List<ProviderAppointment> appointments, ProviderRole role, String providerId) {
        return appointments.stream().anyMatch(a -> a.role() == role && a.providerId().equals(providerId));
    }

    /**
     * A deal is cleared when no attestation on record is ADVERSE (whatever else was filed for its kind), every
     * required kind has an unqualified or qualified opinion, and the senior and mezzanine tranches a rating, each
     * counted only from a provider appointed for it.
     */
    public static void requireCleared(DealStructure structure, Set<AttestationKind> required, OnRecord onRecord) {
        List<Attestation> adverse = onRecord.attestations().stream()
                .filter(a -> a.opinion() == AttestationOpinion.ADVERSE).toList();
        if (!adverse.isEmpty()) {
            throw new ChaincodeException(ErrorCode.ATTESTATION_ADVERSE, "adverse opinions on record until their "
                    + "authors withdraw them: " + adverse.stream().map(a -> a.kind() + " by " + a.providerId()).toList());
        }
        Set<AttestationKind> missing = required.isEmpty() ? EnumSet.noneOf(AttestationKind.class) : EnumSet.copyOf(required);
        onRecord.attestations().stream()
                .filter(a -> SATISFYING.contains(a.opinion()))
                .filter(a -> isAppointed(onRecord.appointments(), ProviderRole.attesting(a.kind()), a.providerId()))
                .forEach(a -> missing.remove(a.kind()));
        if (!missing.isEmpty()) {
            throw new ChaincodeException(ErrorCode.ATTESTATION_MISSING, "the pool still needs attestations " + missing);
        }
        Set<TrancheClass> unrated = EnumSet.noneOf(TrancheClass.class);
        for (TrancheTerms tranche : structure.tranches()) {
            if (RATED.contains(tranche.trancheClass())) {
                unrated.add(tranche.trancheClass());
            }
        }
        onRecord.ratings().stream()
                .filter(r -> isAppointed(onRecord.appointments(), ProviderRole.RATING_AGENCY, r.agencyId()))
                .forEach(r -> unrated.remove(r.trancheClass()));
        if (!unrated.isEmpty()) {
            throw new ChaincodeException(ErrorCode.TRANCHE_RATING_MISSING, "tranches without a rating: " + unrated);
        }
    }
}
