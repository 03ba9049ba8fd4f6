package io.trellis.abs.report;

import io.trellis.abs.readmodel.DealReads;
import io.trellis.abs.readmodel.DealSight;
import io.trellis.abs.readmodel.DealSummary;
import io.trellis.abs.readmodel.DealVisibility;
import io.trellis.abs.readmodel.DistributionDto;
import io.trellis.abs.readmodel.SeenDeal;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.problem.ServiceCode;
import io.trellis.desk.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Builds the reports a reader asks for from the read models, with the deal's visibility rule applied first. */
@ApplicationScoped
public class Reports {
    private final DealReads reads;

    Reports(DealReads reads) {
        this.reads = reads;
    }

    /** A payment date's servicer report; payouts are every investor's for a whole reader, else the reader's own. */
    public ReportDocument servicerReport(Viewer viewer, String poolId, String paymentDate) {
        LocalDate date = date(paymentDate);
        SeenDeal seen = DealVisibility.seen(viewer, poolId);
        List<DistributionDto> dates = reads.distributions(seen);
        int index = indexOf(dates, date).orElseThrow(() -> new ProblemException(ServiceCode.RESOURCE_NOT_FOUND,
                "deal " + poolId + " has no servicer report of " + date));
        Optional<DistributionDto> previous = index == 0 ? Optional.empty() : Optional.of(dates.get(index - 1));
        return ServicerReportDocument.of(reads.summary(seen), dates.get(index), previous,
                seen.sight() == DealSight.WHOLE);
    }

    /** An investor's statement in a deal: for the investor, its operator, auditors and who sees the deal whole. */
    public ReportDocument statement(Viewer viewer, String investorId, String poolId) {
        if (poolId == null || poolId.isBlank()) {
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT, "deal (the pool id) is required");
        }
        SeenDeal seen = DealVisibility.seen(viewer, poolId);
        seen.requireStatementOf(investorId);
        DealSummary deal = reads.summary(seen);
        return InvestorStatementDocument.of(deal, investorId, reads.holdings(seen), reads.distributions(seen));
    }

    private static Optional<Integer> indexOf(List<DistributionDto> dates, LocalDate date) {
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).paymentDate().equals(date)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT, "the payment date must be an ISO date, e.g. 2026-07-01");
        }
    }
}
