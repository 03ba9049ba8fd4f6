package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.ServicerReport;
import io.trellis.chaincode.api.abs.Subscription;
import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.List;
import java.util.Optional;

/**
 * A deal under {@code abs-deal/<poolId>} and what is recorded about it, one key per author so that concurrent
 * writers never share one: {@code abs-appointment/<poolId>/<role>/<providerId>},
 * {@code abs-attestation/<poolId>/<kind>/<providerId>},
 * {@code abs-rating/<poolId>/<tranche>/<agencyId>}, {@code abs-subscription/<poolId>/<tranche>/<investorId>} and
 * {@code abs-report/<poolId>/<paymentDate>}. A later record by the same author replaces the earlier one.
 */
public final class DealRepository {
    static final String DEAL = "abs-deal";
    static final String APPOINTMENT = "abs-appointment";
    static final String ATTESTATION = "abs-attestation";
    static final String RATING = "abs-rating";
    static final String SUBSCRIPTION = "abs-subscription";
    static final String REPORT = "abs-report";

    private final KeyedRecords<Deal> deals;
    private final KeyedRecords<ProviderAppointment> appointments;
    private final KeyedRecords<Attestation> attestations;
    private final KeyedRecords<TrancheRating> ratings;
    private final KeyedRecords<Subscription> subscriptions;
    private final KeyedRecords<ServicerReport> reports;

    public DealRepository(StateStore state) {
        this.deals = new KeyedRecords<>(state, DEAL, Deal.class, ErrorCode.POOL_NOT_FOUND, "deal");
        this.appointments = new KeyedRecords<>(state, APPOINTMENT, ProviderAppointment.class,
                ErrorCode.PROVIDER_NOT_APPOINTED,
                key -> "party " + key.get(2) + " is not appointed " + key.get(1) + " of deal " + key.get(0));
        this.attestations = new KeyedRecords<>(state, ATTESTATION, Attestation.class, ErrorCode.ATTESTATION_NOT_FOUND,
                key -> "party " + key.get(2) + " has no " + key.get(1) + " attestation on deal " + key.get(0));
        this.ratings = new KeyedRecords<>(state, RATING, TrancheRating.class, ErrorCode.TRANCHE_NOT_FOUND, "rating");
        this.subscriptions = new KeyedRecords<>(state, SUBSCRIPTION, Subscription.class, ErrorCode.TRANCHE_NOT_FOUND,
                "subscription");
        this.reports = new KeyedRecords<>(state, REPORT, ServicerReport.class, ErrorCode.POOL_NOT_FOUND, "report");
    }

    public Deal get(String poolId) {
        return deals.get(poolId);
    }

    public void save(Deal deal) {
        deals.save(deal, deal.poolId());
    }

    public Optional<ProviderAppointment> findAppointment(String poolId, ProviderRole role, String providerId) {
        return appointments.find(poolId, role.name(), providerId);
    }

    /** The provider's appointment in {@code role}, or {@code PROVIDER_NOT_APPOINTED}. */
    public ProviderAppointment appointment(String poolId, ProviderRole role, String providerId) {
        return appointments.get(poolId, role.name(), providerId);
    }

    public void save(String poolId, ProviderAppointment appointment) {
        appointments.save(appointment, poolId, appointment.role().name(), appointment.providerId());
    }

    /** The deal's appointments, by role, then provider. */
    public List<ProviderAppointment> appointments(String poolId) {
        return appointments.list(poolId);
    }

    /** The provider's own attestation of {@code kind}, or {@code ATTESTATION_NOT_FOUND}. */
    public Attestation attestation(String poolId, AttestationKind kind, String providerId) {
        return attestations.get(poolId, kind.name(), providerId);
    }

    public void delete(String poolId, Attestation attestation) {
        attestations.delete(poolId, attestation.kind().name(), attestation.providerId());
    }

    public void save(String poolId, Attestation attestation) {
        attestations.save(attestation, poolId, attestation.kind().name(), attestation.providerId());
    }

    public List<Attestation> attestations(String poolId) {
        return attestations.list(poolId);
    }

    public void save(String poolId, TrancheRating rating) {
        ratings.save(rating, poolId, rating.trancheClass().name(), rating.agencyId());
    }

    public List<TrancheRating> ratings(String poolId) {
        return ratings.list(poolId);
    }

    /** Appointments, attestations and ratings: one range read each. */
    public DueDiligence.OnRecord dueDiligence(String poolId) {
        return new DueDiligence.OnRecord(appointments(poolId), attestations(poolId), ratings(poolId));
    }

    public void save(String poolId, Subscription subscription) {
        subscriptions.save(subscription, poolId, subscription.trancheClass().name(), subscription.investorId());
    }

    public List<Subscription> subscriptions(String poolId) {
        return subscriptions.list(poolId);
    }

    public void save(String poolId, ServicerReport report) {
        reports.save(report, poolId, report.paymentDate().toString());
    }

    public List<ServicerReport> reports(String poolId) {
        return reports.list(poolId);
    }
}
