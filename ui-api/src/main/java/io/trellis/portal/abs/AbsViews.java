package io.trellis.portal.abs;

import io.trellis.portal.i18n.Formats;
import com.fasterxml.jackson.databind.JsonNode;
import io.trellis.chaincode.api.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the ABS pages read from abs-service, only the fields they show (Jackson ignores the rest). Amounts are the
 * service's {@code {minor, currency}}; statuses, classes and kinds stay the ledger's names and are shown through
 * {@link AbsLabels}.
 */
public final class AbsViews {
    private AbsViews() {
    }

    /** One page of {@code GET /deals}. */
    public record DealPage(List<Deal> items, int page, int size, long total) {
    }

    /** A deal summary from the read model; structure fields are null until the deal is structured. */
    public record Deal(String poolId, String managerId, String originatorId, String status, Money poolPrincipal,
            int assetCount, LocalDate cutOffDate, int minDaysToMaturity, int maxDaysToMaturity,
            int maxObligorConcentrationBp, List<String> requiredAttestations, LocalDate issueDate,
            List<LocalDate> paymentDates, Money feesPerPaymentDate, Integer defaultTriggerBp, List<Tranche> tranches,
            boolean triggerHit, Money defaultedPrincipal, LocalDate lastPaymentDate, long lastBlockNumber) {

        public String statusKey() {
            return AbsLabels.status(status);
        }

        public String triggerPercent() {
            return defaultTriggerBp == null ? "" : Formats.percent(defaultTriggerBp);
        }

        public boolean structuring() {
            return "STRUCTURING".equals(status);
        }

        public boolean structured() {
            return issueDate != null;
        }

        public boolean offered() {
            return "SUBSCRIPTION_OPEN".equals(status);
        }

        public boolean allocated() {
            return "ALLOCATED".equals(status);
        }

        /** Payment dates run while issued or amortising. */
        public boolean distributing() {
            return "ISSUED".equals(status) || "AMORTISING".equals(status);
        }

        /** The next scheduled payment date not yet run, or null. */
        public LocalDate nextPaymentDate() {
            if (paymentDates == null) {
                return null;
            }
            return paymentDates.stream().filter(d -> lastPaymentDate == null || d.isAfter(lastPaymentDate))
                    .findFirst().orElse(null);
        }
    }

    /** A tranche: terms, units offered and subscribed (null before subscription closes), balance now. */
    public record Tranche(String trancheClass, Money principal, long units, int couponBp, Long offeredUnits,
            Long subscribedUnits, Money outstandingPrincipal, Money interestArrears) {

        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }
    }

    public record PoolPage(List<PooledVoucher> items, int page, int size, long total) {
    }

    /** A pooled voucher as added and as it is now. */
    public record PooledVoucher(String voucherId, String obligorId, Money principalAtPooling, LocalDate maturityDate,
            LocalDate addedOn, String status, Money outstanding) {
    }

    public record ObligorShare(String obligorId, long vouchers, Money principalAtPooling) {
    }

    public record Holding(String poolId, String investorId, String trancheClass, long units, Money face,
            long blockNumber) {

        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }
    }

    /** One payment date as the ledger ran it, with the payouts the reader may see. */
    public record Distribution(String poolId, LocalDate paymentDate, LocalDate periodStart, Money collected,
            Money carriedIn, Money defaultedPrincipal, boolean triggerHit, List<Step> steps, List<Balance> tranches,
            Money feeArrears, Money carriedOut, String documentHash, List<Payout> payouts, long blockNumber) {
    }

    public record Step(String step, Money amount) {
        public String stepKey() {
            return AbsLabels.step(step);
        }
    }

    public record Balance(String trancheClass, Money outstandingPrincipal, Money interestArrears) {
        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }
    }

    public record Payout(String investorId, String trancheClass, String kind, Money amount, long blockNumber) {
        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }

        public String kindKey() {
            return AbsLabels.payoutKind(kind);
        }
    }

    public record DueDiligence(List<Appointment> appointments, List<Attestation> attestations, List<Rating> ratings) {
    }

    public record Appointment(String role, String providerId, long blockNumber) {
        public String roleKey() {
            return AbsLabels.providerRole(role);
        }
    }

    public record Attestation(String kind, String providerId, String opinion, String documentHash, long blockNumber) {
        public String kindKey() {
            return AbsLabels.attestation(kind);
        }

        public String opinionKey() {
            return AbsLabels.opinion(opinion);
        }
    }

    public record Rating(String trancheClass, String agencyId, String grade, long blockNumber) {
        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }
    }

    /** {@code GetDeal} as the caller: only the offering book (allocations) is read from it. */
    public record LedgerDeal(LedgerDealPart deal) {
    }

    public record LedgerDealPart(String status, List<Allocation> allocations) {
    }

    /** One tranche of the offering book once subscription closed: offered, ordered, and who got how many units. */
    public record Allocation(String trancheClass, long offeredUnits, long subscribedUnits, List<Allotment> allocations) {
        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }

        public boolean undersubscribed() {
            return subscribedUnits < offeredUnits;
        }
    }

    public record Allotment(String investorId, String trancheClass, long units) {
    }

    /** The stress test's answer (docs/abs.md §9): only the result is shown. */
    public record Stress(String poolId, String dealStatus, long dealVersion, StressResult result) {
    }

    public record StressResult(int paths, long seed, int pathsWithTrigger, List<TrancheStress> tranches) {
    }

    public record TrancheStress(String trancheClass, Money principal, BigDecimal expectedLossMinor,
            BigDecimal expectedLossBp, int pathsWithLoss, BigDecimal lossProbabilityBp, Money worstLoss,
            Integer firstShortfallPeriod, LocalDate firstShortfallDate, BigDecimal weightedAverageLifeYears) {

        public String classKey() {
            return AbsLabels.tranche(trancheClass);
        }

        /** The expected loss to the fen (half-up) as an amount, e.g. {@code ¥1,234.57}. */
        public Money expectedLoss() {
            return Money.of(expectedLossMinor.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact(),
                    principal.currency());
        }

        /** Basis points with two decimals shown as a percentage: 1234.5 bp → {@code 12.35%}. */
        public String expectedLossPercent() {
            return Formats.percent(expectedLossBp);
        }

        public String lossProbabilityPercent() {
            return Formats.percent(lossProbabilityBp);
        }
    }

    /** A committed write: the block it is in; {@code result} is the chaincode's answer. */
    public record Receipt(JsonNode result, String transactionId, long blockNumber) {
    }
}
