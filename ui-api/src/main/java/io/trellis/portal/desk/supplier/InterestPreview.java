package io.trellis.portal.desk.supplier;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.financing.FinancingRules;
import io.trellis.portal.scf.VoucherView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What financing a voucher would cost, before the supplier asks: the chaincode's own pricing
 * ({@link FinancingRules#terms}, discount interest on actual/360 to the fen), at a rate the supplier assumes (the
 * bank sets the real one when it approves) from a value date to the voucher's maturity.
 */
public final class InterestPreview {
    private InterestPreview() {
    }

    /** Either the terms the ledger would compute, or why there are none: a bundle key or a chaincode error code. */
    public record Result(FinancingTerms terms, String messageKey, String problemCode) {
        static Result priced(FinancingTerms terms) {
            return new Result(terms, null, null);
        }

        static Result explained(String messageKey) {
            return new Result(null, messageKey, null);
        }

        static Result refused(String problemCode) {
            return new Result(null, null, problemCode);
        }

        /** The voucher's amount the bank would discount: what it pays plus what it keeps. */
        public Money face() {
            return terms.interest().plus(terms.proceeds());
        }
    }

    /**
     * @param ratePercent the assumed annual rate as a person types it, {@code 4.50} for 4.50 % (450 bp)
     * @param valueDate   {@code yyyy-MM-dd}, the day the bank would pay
     * @param today       the business date, from which a value date may be chosen
     */
    public static Result of(VoucherView voucher, String ratePercent, String valueDate, LocalDate today) {
        if (ratePercent == null || ratePercent.isBlank()) {
            return Result.explained("supplier_preview_enter_rate");
        }
        Integer rateBps = basisPoints(ratePercent.strip());
        if (rateBps == null) {
            return Result.explained("supplier_preview_rate_format");
        }
        LocalDate value;
        try {
            value = LocalDate.parse(valueDate == null ? "" : valueDate.strip());
        } catch (DateTimeParseException notADate) {
            return Result.explained("supplier_preview_date_format");
        }
        // The financing the ledger would open for this voucher: the whole outstanding amount, its maturity.
        Financing financing = new Financing(null, voucher.id(), voucher.holderId(), null, voucher.obligorId(),
                voucher.outstanding(), voucher.maturityDate(), FinancingStatus.APPLIED, null, null, null, null, 0);
        try {
            return Result.priced(FinancingRules.terms(financing, new TermsOffer(rateBps, value), today));
        } catch (ChaincodeException refused) {
            return Result.refused(refused.code().name());
        }
    }

    /** {@code 4.50} → 450; null for anything that is not a percentage with at most two decimals. */
    static Integer basisPoints(String percent) {
        if (!percent.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(percent).movePointRight(2).intValueExact();
    }
}
