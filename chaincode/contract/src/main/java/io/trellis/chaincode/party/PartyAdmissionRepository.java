package io.trellis.chaincode.party;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.party.PartyAdmission;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;

/** The platform's admissions of company ids to organisations, under {@code party-admission/<id>}. */
public final class PartyAdmissionRepository {
    static final String ADMISSION = "party-admission";

    private final KeyedRecords<PartyAdmission> admissions;

    public PartyAdmissionRepository(StateStore state) {
        // Only looked up with find: a missing admission is PartyRules.requireAdmitted's refusal, not a not-found.
        this.admissions = new KeyedRecords<>(state, ADMISSION, PartyAdmission.class, ErrorCode.PARTY_NOT_ADMITTED,
                "admission");
    }

    public Optional<PartyAdmission> find(String id) {
        return admissions.find(id);
    }

    public void save(PartyAdmission admission) {
        admissions.save(admission, admission.id());
    }
}
