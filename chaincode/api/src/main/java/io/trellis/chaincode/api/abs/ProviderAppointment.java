package io.trellis.chaincode.api.abs;

/**
 * A service provider engaged for one deal in one role: only an appointee records due diligence for its role.
 *
 * @param role        what it was engaged as
 * @param providerId  the service provider's party id
 * @param appointedAt transaction timestamp of the appointment
 */
public record ProviderAppointment(ProviderRole role, String providerId, String appointedAt) {
}
