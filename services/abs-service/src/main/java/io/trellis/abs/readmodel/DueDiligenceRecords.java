package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.chaincode.api.event.AttestationWithdrawn;
import io.trellis.ledger.events.LedgerEventMessage;

/** Who was engaged for a deal, what each provider attested and how each tranche was rated. */
final class DueDiligenceRecords {

    private DueDiligenceRecords() {
    }

    static void appointed(DealRow deal, ProviderAppointment appointment, LedgerEventMessage message) {
        AppointmentRow.delete("poolId = ?1 and role = ?2 and providerId = ?3", deal.poolId,
                appointment.role().name(), appointment.providerId());
        AppointmentRow.of(deal.poolId, appointment, message).persist();
    }

    /** A later attestation of the same kind by the same provider replaces the earlier one, as on the ledger. */
    static void attested(DealRow deal, Attestation attestation, LedgerEventMessage message) {
        AttestationRow row = AttestationRow.<AttestationRow>find("poolId = ?1 and kind = ?2 and providerId = ?3",
                deal.poolId, attestation.kind().name(), attestation.providerId()).firstResultOptional()
                .orElseGet(AttestationRow::new);
        row.record(deal.poolId, attestation, message);
        row.persist();
    }

    static void withdrawn(DealRow deal, AttestationWithdrawn withdrawn) {
        AttestationRow.delete("poolId = ?1 and kind = ?2 and providerId = ?3", deal.poolId, withdrawn.kind().name(),
                withdrawn.providerId());
    }

    /** One grade per tranche and agency: a later rating replaces the earlier one. */
    static void rated(DealRow deal, TrancheRating rating, LedgerEventMessage message) {
        RatingRow row = RatingRow.<RatingRow>find("poolId = ?1 and trancheClass = ?2 and agencyId = ?3",
                deal.poolId, rating.trancheClass().name(), rating.agencyId()).firstResultOptional()
                .orElseGet(RatingRow::new);
        row.record(deal.poolId, rating, message);
        row.persist();
    }
}
