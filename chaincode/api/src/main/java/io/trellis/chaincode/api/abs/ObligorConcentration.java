package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;

/**
 * One obligor's share of a pool, as eligibility weighs it: a pooled voucher at its principal when added, a candidate
 * at its outstanding now.
 *
 * @param obligorId the obligor
 * @param inPool    what it owes the pool now
 * @param after     what it would owe once the eligible candidates are in
 * @param shareBp   {@code after} as a share of the pool after, in bp rounded up, so it is at most {@code limitBp}
 *                  exactly when the share is within the limit
 * @param limitBp   the pool's {@code maxObligorConcentrationBp}
 * @param added     whether eligible candidates add to this obligor: only those obligors are checked (adding
 *                  principal only dilutes the others)
 * @param passed    not added, or within the limit
 */
public record ObligorConcentration(String obligorId, Money inPool, Money after, int shareBp, int limitBp,
        boolean added, boolean passed) {
}
