package io.trellis.abs.readmodel;

import java.time.OffsetDateTime;
import java.util.List;

/** Who the deal's manager engaged, what each provider attested and how each tranche was rated, with their sources. */
public record DueDiligenceDto(List<Appointment> appointments, List<Attestation> attestations, List<Rating> ratings) {

    public record Appointment(String role, String providerId, OffsetDateTime appointedAt, String transactionId,
            long blockNumber) {
    }

    public record Attestation(String kind, String providerId, String opinion, String documentHash,
            String transactionId, long blockNumber) {
    }

    public record Rating(String trancheClass, String agencyId, String grade, String transactionId, long blockNumber) {
    }
}
