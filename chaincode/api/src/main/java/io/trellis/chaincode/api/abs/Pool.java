package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A pool of credit vouchers behind one deal; the deal has the same id.
 *
 * @param id                   {@code AP} + 20 hex of the creating transaction id
 * @param managerId            the securities firm managing the pool and its deal; pooled vouchers are held by it
 * @param originatorId         the party whose vouchers go into the pool
 * @param criteria             eligibility criteria, fixed at creation
 * @param requiredAttestations attestation kinds needed before subscription opens, sorted
 * @param cutOffDate           the date remaining maturity is counted from
 * @param principal            sum of the pooled vouchers' outstanding when they were added
 * @param assetCount           number of pooled vouchers
 * @param createdAt            transaction timestamp of the creation
 * @param version              incremented by every change
 */
public record Pool(
        String id,
        String managerId,
        String originatorId,
        PoolCriteria criteria,
        List<AttestationKind> requiredAttestations,
        LocalDate cutOffDate,
        Money principal,
        int assetCount,
        String createdAt,
        long version) {

    public Pool {
        requiredAttestations = List.copyOf(requiredAttestations);
    }

    public Pool withAssets(Money newPrincipal, int newAssetCount) {
        return new Pool(id, managerId, originatorId, criteria, requiredAttestations, cutOffDate, newPrincipal,
                newAssetCount, createdAt, version + 1);
    }
}
