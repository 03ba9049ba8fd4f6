package io.trellis.scf.party;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** A party as the API shows it. */
public record PartyDto(String id, String name, List<String> roles, String mspId, String kycStatus,
        String certificateId, OffsetDateTime registeredAt, long version, String lastTransactionId) {

    static PartyDto of(PartyView view) {
        return new PartyDto(view.id, view.name, Arrays.asList(view.roles.split(",")), view.mspId, view.kycStatus,
                view.certificateId, view.registeredAt, view.version, view.lastTransactionId);
    }
}
