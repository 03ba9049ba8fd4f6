package io.trellis.portal.abs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Bodies of abs-service's writes and checks, as docs/api.md gives them. Amounts and dates stay the text the person
 * typed: the service reads them strictly and refuses what is wrong, so the portal does not judge them twice.
 */
public final class AbsBodies {
    private AbsBodies() {
    }

    public record Amount(String amount, String currency) {
        public static Amount cny(String typed) {
            return new Amount(typed == null ? null : typed.strip(), "CNY");
        }
    }

    public record Criteria(String currency, long minDaysToMaturity, long maxDaysToMaturity,
            int maxObligorConcentrationBp, List<String> allowedStatuses) {
    }

    public record CreateDeal(String originatorId, Criteria criteria, List<String> requiredAttestations,
            String cutOffDate) {
    }

    public record Vouchers(List<String> voucherIds) {
    }

    public record Appointment(String role, String providerId) {
    }

    public record TrancheTerms(String trancheClass, Amount principal, int couponBp) {
    }

    public record Structure(List<TrancheTerms> tranches, Amount feesPerPaymentDate, String issueDate,
            List<String> paymentDates, int defaultTriggerBp) {
    }

    public record Order(String trancheClass, long units) {
    }

    public record PaymentDate(String documentHash) {
    }

    public record Assumptions(int defaultRateBp, int recoveryRateBp, int recoveryDelayDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stress(Assumptions everyObligor, Map<String, Assumptions> byObligor, long paths, long seed) {
    }
}
