package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.abs.CriterionResult;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.EligibilityCriterion;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.party.ActingParty;
import java.util.List;

/**
 * {@code CheckPoolEligibility}: {@code AddPoolAssets} evaluated on the real vouchers without writing anything, and
 * answered criterion by criterion ({@link Eligibility#evaluate}, the evaluation the transaction refuses from).
 *
 * <p>Asked by who sees the pool whole ({@link Visibility#dealWhole}); anyone else gets the error of a missing pool. A
 * voucher the caller may not see ({@link Visibility#poolCandidate}) is reported exactly like one that does not exist:
 * its id and a failed {@code EXISTS}, nothing of its data.
 */
final class PoolEligibilityQuery {

    private PoolEligibilityQuery() {
    }

    static EligibilityReport report(TxContext ctx, String argument) {
        PoolAssetsRequest request = Arguments.decode(argument, PoolAssetsRequest.class);
        Viewer viewer = ActingParty.viewer(ctx);
        PoolRules.validate(request);
        PoolRepository pools = new PoolRepository(ctx.state());
        Pool pool = pools.get(request.poolId(), found -> Visibility.dealWhole(viewer, found));
        List<Eligibility.Candidate> candidates = PoolCandidates.seenBy(viewer, pool, request.voucherIds(),
                new PooledVouchers(ctx).find(request.voucherIds()));
        Eligibility.Evaluation evaluation = Eligibility.evaluate(pool.criteria(), pool.originatorId(),
                pool.cutOffDate(), pools.entries(pool.id()).stream().map(PoolAssets::of).toList(), candidates);
        CriterionResult open = poolOpen(new DealRepository(ctx.state()).get(pool.id()).status());
        return new EligibilityReport(pool.id(), pool.criteria(), pool.cutOffDate(), open, evaluation.vouchers(),
                evaluation.poolPrincipal(), evaluation.poolAfter(), evaluation.obligors(),
                open.hasPassed() && evaluation.eligible());
    }

    /** The deal lifecycle's own rule, as a criterion: the refusal AddPoolAssets would answer, or passed. */
    private static CriterionResult poolOpen(DealStatus status) {
        try {
            DealLifecycle.requireStructureEditable(status);
            return CriterionResult.passed(EligibilityCriterion.POOL_OPEN);
        } catch (ChaincodeException refused) {
            return CriterionResult.failed(EligibilityCriterion.POOL_OPEN, refused.code(), refused.getMessage());
        }
    }
}
