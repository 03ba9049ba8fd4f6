package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.ledger.events.LedgerEventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A service provider engaged for a deal in a role: it may read the deal (without others' positions). */
@Entity
@Table(name = "abs_appointment")
public class AppointmentRow extends LedgerRow {

    @Column(nullable = false)
    public String role;

    @Column(name = "provider_id", nullable = false)
    public String providerId;

    @Column(name = "appointed_at", nullable = false)
    public OffsetDateTime appointedAt;

    static AppointmentRow of(String poolId, ProviderAppointment appointment, LedgerEventMessage message) {
        AppointmentRow row = new AppointmentRow();
        row.stamp(poolId, message);
        row.role = appointment.role().name();
        row.providerId = appointment.providerId();
        row.appointedAt = OffsetDateTime.parse(appointment.appointedAt());
        return row;
    }
}
