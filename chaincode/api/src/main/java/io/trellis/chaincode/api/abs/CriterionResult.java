package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.ErrorCode;

/**
 * One criterion of an eligibility report.
 *
 * @param criterion what was checked
 * @param outcome   passed, failed or not checked
 * @param code      the code {@code AddPoolAssets} refuses with when it failed; null otherwise
 * @param detail    why it failed or was not checked (the refusal's message when it failed); null when it passed
 */
public record CriterionResult(EligibilityCriterion criterion, CriterionOutcome outcome, ErrorCode code, String detail) {

    public static CriterionResult passed(EligibilityCriterion criterion) {
        return new CriterionResult(criterion, CriterionOutcome.PASSED, null, null);
    }

    public static CriterionResult failed(EligibilityCriterion criterion, ErrorCode code, String detail) {
        return new CriterionResult(criterion, CriterionOutcome.FAILED, code, detail);
    }

    public static CriterionResult notChecked(EligibilityCriterion criterion, String why) {
        return new CriterionResult(criterion, CriterionOutcome.NOT_CHECKED, null, why);
    }

    public boolean hasPassed() {
        return outcome == CriterionOutcome.PASSED;
    }

    public boolean hasFailed() {
        return outcome == CriterionOutcome.FAILED;
    }
}
