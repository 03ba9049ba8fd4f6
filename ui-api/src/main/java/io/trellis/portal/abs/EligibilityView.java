package io.trellis.portal.abs;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.CriterionResult;
import io.trellis.chaincode.api.abs.EligibilityCriterion;
import io.trellis.chaincode.api.abs.EligibilityReport;
import io.trellis.chaincode.api.abs.ObligorConcentration;
import io.trellis.chaincode.api.abs.VoucherEligibility;
import io.trellis.portal.i18n.Formats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The ledger's eligibility report as a page shows it: per voucher one cell per criterion in the order
 * {@code AddPoolAssets} checks them (passed, failed with the refusal's sentence, or not checked), per obligor its
 * share of the pool after the addition against the limit.
 */
public record EligibilityView(boolean eligible, boolean poolOpen, Money poolPrincipal, Money poolAfter,
        List<Voucher> vouchers, List<Obligor> obligors) {

    /** The per-voucher criteria, as the report's columns. */
    public static final List<String> CRITERIA = Arrays.stream(EligibilityCriterion.values())
            .filter(c -> c != EligibilityCriterion.POOL_OPEN).map(Enum::name).toList();

    public List<String> criteria() {
        return CRITERIA;
    }

    public String criterionKey(String criterion) {
        return AbsLabels.criterion(criterion);
    }

    public record Voucher(String voucherId, String obligorId, Money outstanding, LocalDate maturity,
            Long daysToMaturity, String status, boolean eligible, List<Cell> cells) {
    }

    /** One criterion of one voucher; {@code problemKey} names the refusal's sentence when it failed. */
    public record Cell(String criterion, String outcome, String problemKey) {
        public String outcomeKey() {
            return AbsLabels.outcome(outcome);
        }

        public boolean failed() {
            return "FAILED".equals(outcome);
        }
    }

    public record Obligor(String obligorId, Money inPool, Money after, int shareBp, int limitBp, boolean added,
            boolean passed) {
        public String share() {
            return Formats.percent(shareBp);
        }

        public String limit() {
            return Formats.percent(limitBp);
        }
    }

    public static EligibilityView of(EligibilityReport report) {
        return new EligibilityView(report.eligible(), report.poolOpen().hasPassed(), report.poolPrincipal(),
                report.poolAfter(), report.vouchers().stream().map(EligibilityView::voucher).toList(),
                report.obligors().stream().map(EligibilityView::obligor).toList());
    }

    private static Voucher voucher(VoucherEligibility v) {
        List<Cell> cells = CRITERIA.stream().map(name -> v.criteria().stream()
                .filter(c -> c.criterion().name().equals(name)).findFirst().map(EligibilityView::cell)
                .orElse(new Cell(name, "NOT_CHECKED", null))).toList();
        return new Voucher(v.voucherId(), v.obligorId(), v.outstanding(), v.maturity(), v.daysToMaturity(),
                v.status() == null ? null : v.status().name(), v.eligible(), cells);
    }

    private static Cell cell(CriterionResult result) {
        return new Cell(result.criterion().name(), result.outcome().name(),
                result.code() == null ? null : "problem." + result.code().name());
    }

    private static Obligor obligor(ObligorConcentration o) {
        return new Obligor(o.obligorId(), o.inPool(), o.after(), o.shareBp(), o.limitBp(), o.added(), o.passed());
    }
}
