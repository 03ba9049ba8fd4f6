package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.Viewer;

/** A deal and how much of it a reader sees: every investor's positions, or only the reader's own. */
public record SeenDeal(DealRow deal, DealSight sight, Viewer viewer) {

    public String poolId() {
        return deal.poolId;
    }

    /** Whether the reader sees this investor's holdings and payouts. */
    public boolean showsInvestor(String investorId) {
        return sight == DealSight.WHOLE || viewer.speaksFor(investorId);
    }

    /**
     * An investor's statement in this deal: the investor, its operator, auditors and who sees the deal whole;
     * another investor or provider asking is refused.
     */
    public void requireStatementOf(String investorId) {
        if (!showsInvestor(investorId)) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED,
                    "only the investor itself, its operator, an auditor or who sees the deal whole may see its statement");
        }
    }
}
