package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.TrancheRating;
import java.util.regex.Pattern;

/** Attestations and ratings as service providers record them: pure. */
public final class DueDiligence {
    /** Grades as agencies write them: AAA, Aa2, BBB-, A-1+ … */
    private static final Pattern GRADE = Pattern.compile("[A-Za-z0-9+-]{1,10}");

    private DueDiligence() {
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
}
