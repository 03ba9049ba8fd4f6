package io.trellis.portal.desk.operator.health;

import java.util.List;

/**
 * What one component answered: up or down, how long it took, and why it is down.
 *
 * @param millis  time to the answer (for {@link Reason#NO_ANSWER_IN_TIME}: the time waited)
 * @param status  the HTTP status it answered, 0 without an HTTP answer
 * @param failing names of its own checks that failed (a service's DOWN checks, a Fabric node's failed checks)
 */
public record ComponentHealth(HealthTarget target, boolean up, long millis, Reason reason, int status,
        List<String> failing) {

    /** Why a component is shown as it is. */
    public enum Reason {
        /** It answered that it is well. */
        WELL,
        /** It answered, but not that it is well (a status other than the expected one, or checks failing). */
        UNWELL,
        /** Nothing answered within the timeout. */
        NO_ANSWER_IN_TIME,
        /** The connection was refused or could not be made. */
        UNREACHABLE
    }

    public ComponentHealth {
        failing = List.copyOf(failing);
    }

    static ComponentHealth answered(HealthTarget target, boolean up, long millis, int status, List<String> failing) {
        return new ComponentHealth(target, up, millis, up ? Reason.WELL : Reason.UNWELL, status, failing);
    }

    static ComponentHealth silent(HealthTarget target, long millis, Reason reason) {
        return new ComponentHealth(target, false, millis, reason, 0, List.of());
    }

    public String nameKey() {
        return "operator_component_" + target.name();
    }

    public String reasonKey() {
        return "operator_health_reason_" + reason.name();
    }

    /** The address as the page shows it (no query, no credentials: health URLs carry none). */
    public String address() {
        return target.address().toString();
    }

    public String failingText() {
        return String.join(", ", failing);
    }
}
