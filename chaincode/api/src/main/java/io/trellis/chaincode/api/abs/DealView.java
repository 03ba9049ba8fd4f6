package io.trellis.chaincode.api.abs;

import java.util.List;

/**
 * A deal with everything recorded about it.
 *
 * @param pool         the pool
 * @param deal         status, structure (tranches), allocations, holdings and waterfall state
 * @param assets       the pool's vouchers as added, by voucher id
 * @param appointments the service providers engaged for the deal, by role, then provider
 * @param attestations by kind, then provider
 * @param ratings      by tranche, then agency
 * @param reports      servicer reports, by payment date
 */
public record DealView(Pool pool, Deal deal, List<PoolEntry> assets, List<ProviderAppointment> appointments,
        List<Attestation> attestations, List<TrancheRating> ratings, List<ServicerReport> reports) {

    public DealView {
        assets = List.copyOf(assets);
        appointments = List.copyOf(appointments);
        attestations = List.copyOf(attestations);
        ratings = List.copyOf(ratings);
        reports = List.copyOf(reports);
    }
}
