package io.trellis.chaincode.api.creditline;

import io.trellis.chaincode.api.Money;

/**
 * A financier's limit for financing vouchers of one core enterprise. The used amount is not stored here:
 * it lives in {@code slots} counter slots of its own, so concurrent financings do not write one key.
 *
 * @param id          {@code <financierId>-<obligorId>}
 * @param financierId the granting financier
 * @param obligorId   the core enterprise whose vouchers the line finances
 * @param limit       the granted limit (lowered by a reduction; by a revocation to what was in use)
 * @param slots       how many counter slots share the limit
 * @param status      ACTIVE, or REVOKED (a line stored before revocation existed reads ACTIVE)
 * @param grantedAt   transaction timestamp of the grant (ISO-8601, UTC)
 * @param version     incremented by every change
 */
public record CreditLine(String id, String financierId, String obligorId, Money limit, int slots,
        CreditLineStatus status, String grantedAt, long version) {

    public CreditLine {
        status = status == null ? CreditLineStatus.ACTIVE : status;
    }

    public static String idOf(String financierId, String obligorId) {
        return financierId + "-" + obligorId;
    }

    /** The same line with another limit and status, one version on. */
    public CreditLine changed(Money newLimit, CreditLineStatus newStatus) {
        return new CreditLine(id, financierId, obligorId, newLimit, slots, newStatus, grantedAt, version + 1);
    }
}
