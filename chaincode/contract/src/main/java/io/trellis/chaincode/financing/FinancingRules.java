package io.trellis.chaincode.financing;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.event.FinancingStatusChanged;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.voucher.LineUse;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.core.Transitions;
import io.trellis.chaincode.party.PartyRules;
import io.trellis.chaincode.voucher.VoucherRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** The financing state machine, its terms and what it does to the voucher: pure functions. */
public final class FinancingRules {
    private static final Pattern FINANCING_ID = Pattern.compile("FN[0-9A-F]{20}");
    private static final Pattern PAYMENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final int MAX_REASON_LENGTH = 500;

    static final Transitions<FinancingStatus> MOVES = Transitions.of(FinancingStatus.class, ErrorCode.FINANCING_STATE_CONFLICT)
            .allow(FinancingStatus.APPLIED, FinancingStatus.APPROVED, FinancingStatus.DECLINED, FinancingStatus.EXPIRED)
            .allow(FinancingStatus.APPROVED, FinancingStatus.DISBURSED, FinancingStatus.DECLINED, FinancingStatus.EXPIRED);

    private FinancingRules() {
    }

    /** A new financing and the voucher it locks. */
    public record Applied(Financing financing, Voucher voucher) {
    }

    public static void validate(ApplyFinancingRequest request) {
        VoucherRules.requireVoucherId(request.voucherId());
        PartyRules.requirePartyId(request.financierId());
    }

    public static void requireFinancingId(String id) {
        if (id == null || !FINANCING_ID.matcher(id).matches()) {
            throw ChaincodeException.invalid("financingId must look like FN<20 hex>");
        }
    }

    public static void requirePaymentId(String paymentId) {
        if (paymentId == null || !PAYMENT_ID.matcher(paymentId).matches()) {
            throw ChaincodeException.invalid("paymentId must be 1 to 64 letters, digits or . _ : -");
        }
    }

    /** The holder offers the whole voucher before maturity; it stays locked (FINANCING) until a decision. */
    public static Applied apply(Voucher voucher, String applicantId, String financierId, String financingId,
            LocalDate today, Instant timestamp) {
        VoucherRules.requireHolder(voucher, applicantId);
        VoucherRules.requireMove(voucher, VoucherStatus.FINANCING);
        VoucherRules.requireBeforeMaturity(voucher, today);
        Financing financing = new Financing(financingId, voucher.id(), applicantId, financierId, voucher.obligorId(),
                voucher.outstanding(), voucher.maturityDate(), FinancingStatus.APPLIED, null, null, null,
                timestamp.toString(), 1);
        return new Applied(financing,
                voucher.withFinancing(VoucherStatus.FINANCING, financingId, null, voucher.holderId()));
    }

    /** Prices an offer: interest from the value date to maturity on actual/360, proceeds = face - interest. */
    public static FinancingTerms terms(Financing financing, TermsOffer offer, LocalDate today) {
        if (offer.rateBps() < 0 || offer.rateBps() > Discount.MAX_RATE_BPS) {
            throw ChaincodeException.invalid("rateBps must be between 0 and " + Discount.MAX_RATE_BPS);
        }
        if (offer.valueDate() == null) {
            throw ChaincodeException.invalid("valueDate is required");
        }
        if (offer.valueDate().isBefore(today) || !offer.valueDate().isBefore(financing.maturityDate())) {
            throw new ChaincodeException(ErrorCode.INVALID_FINANCING_TERMS, "valueDate " + offer.valueDate()
                    + " must be from " + today + " and before maturity " + financing.maturityDate());
        }
        long days = ChronoUnit.DAYS.between(offer.valueDate(), financing.maturityDate());
        Money face = financing.faceAmount();
        Money interest = Money.of(Discount.interest(face.minor(), offer.rateBps(), days), face.currency());
        Money proceeds = face.minus(interest);
        if (!proceeds.isPositive()) {
            throw new ChaincodeException(ErrorCode.INVALID_FINANCING_TERMS, "the discount would consume the whole face");
        }
        return new FinancingTerms(financing.id(), offer.rateBps(), offer.valueDate(), days, interest, proceeds);
    }

    public static void requireFinancier(Financing financing, String callerId) {
        if (!financing.financierId().equals(callerId)) {
            throw ChaincodeException.notAllowed("only financier " + financing.financierId() + " decides financing "
                    + financing.id());
        }
    }

    public static Financing approve(Financing financing, String callerId, String termsHash) {
        requireFinancier(financing, callerId);
        MOVES.require("financing " + financing.id(), financing.status(), FinancingStatus.APPROVED);
        return financing.with(FinancingStatus.APPROVED, termsHash, null, null);
    }

    public static Financing decline(Financing financing, String callerId, String reason) {
        requireFinancier(financing, callerId);
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw ChaincodeException.invalid("reason is longer than " + MAX_REASON_LENGTH + " characters");
        }
        MOVES.require("financing " + financing.id(), financing.status(), FinancingStatus.DECLINED);
        return financing.with(FinancingStatus.DECLINED, financing.termsHash(), null, reason);
    }

    public static Financing disburse(Financing financing, String callerId, String paymentId) {
        requireFinancier(financing, callerId);
        MOVES.require("financing " + financing.id(), financing.status(), FinancingStatus.DISBURSED);
        return financing.with(FinancingStatus.DISBURSED, financing.termsHash(), paymentId, null);
    }

    /** Settlement paid the voucher in full before the financing completed. */
    public static Financing expire(Financing financing) {
        MOVES.require("financing " + financing.id(), financing.status(), FinancingStatus.EXPIRED);
        return financing.with(FinancingStatus.EXPIRED, financing.termsHash(), null, financing.reason());
    }

    /** Approval keeps the voucher locked and records the credit-line slots it now holds. */
    public static Voucher holdLine(Voucher voucher, LineUse lineUse) {
        return voucher.withFinancing(VoucherStatus.FINANCING, voucher.financingId(), lineUse, voucher.holderId());
    }

    /** A decline unlocks the voucher for its holder; the caller gives its line share back. */
    public static Voucher unlock(Voucher voucher) {
        VoucherRules.requireMove(voucher, VoucherStatus.ACTIVE);
        return voucher.withFinancing(VoucherStatus.ACTIVE, null, null, voucher.holderId());
    }

    /** Once the proceeds are paid the financier holds the voucher. */
    public static Voucher handOver(Voucher voucher, String financierId) {
        VoucherRules.requireMove(voucher, VoucherStatus.FINANCED);
        return voucher.withFinancing(VoucherStatus.FINANCED, voucher.financingId(), voucher.lineUse(), financierId);
    }

    public static FinancingStatusChanged changed(Financing before, Financing after) {
        return new FinancingStatusChanged(after.id(), after.voucherId(), before.status(), after.status(),
                after.termsHash(), after.disbursementPaymentId(), after.reason(), after.version());
    }
}
