package io.trellis.chaincode.abs;

import static io.trellis.chaincode.api.abs.EligibilityCriterion.CONCENTRATION;
import static io.trellis.chaincode.api.abs.EligibilityCriterion.CURRENCY;
import static io.trellis.chaincode.api.abs.EligibilityCriterion.EXISTS;
import static io.trellis.chaincode.api.abs.EligibilityCriterion.HOLDER;
import static io.trellis.chaincode.api.abs.EligibilityCriterion.MATURITY;
import static io.trellis.chaincode.api.abs.EligibilityCriterion.NOT_POOLED;
import static io.trellis.chaincode.api.abs.EligibilityCriterion.OUTSTANDING;
import static io.trellis.chaincode.api.abs.EligibilityCriterion.STATUS;

import io.trellis.abs.rules.BasisPoints;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.CriterionResult;
import io.trellis.chaincode.api.abs.EligibilityCriterion;
import io.trellis.chaincode.api.abs.ObligorConcentration;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import io.trellis.chaincode.api.abs.VoucherEligibility;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pool eligibility: which vouchers an originator may move into a pool. Pure functions, no ledger access.
 *
 * <p>One evaluation ({@link #evaluate}) checks every criterion of every candidate and every obligor's concentration;
 * {@code AddPoolAssets} refuses with its first failure ({@link Evaluation#requireEligible}) and {@code CheckPoolEligibility}
 * reports it whole, so the report and the transaction cannot disagree.
 *
 * <p>Concentration is checked for the whole addition at once, against the pool as it will be afterwards:
 * an obligor is over the limit when {@code obligorPrincipal x 10000 > limitBp x poolPrincipal}, both after the
 * addition (integer arithmetic, so the boundary itself passes). Only obligors in the addition are checked:
 * adding principal can only dilute everyone else. Checking a batch lets a new pool start diversified instead
 * of failing its first asset at 100%. A candidate that fails a criterion of its own is left out of the pool after.
 */
public final class Eligibility {
    private static final Set<PoolAssetStatus> POOLABLE = EnumSet.of(PoolAssetStatus.ACTIVE, PoolAssetStatus.FINANCED);
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    /** A voucher's own criteria, in the order they are checked; concentration comes after all of them. */
    private static final List<EligibilityCriterion> OWN = List.of(EXISTS, OUTSTANDING, CURRENCY, NOT_POOLED, STATUS,
            HOLDER, MATURITY);

    private Eligibility() {
    }

    /** A voucher named for addition: the asset, or none when it does not exist or the caller may not see it. */
    public record Candidate(String voucherId, PoolAsset asset) {

        public static Candidate of(PoolAsset asset) {
            return new Candidate(asset.voucherId(), asset);
        }

        public static Candidate unseen(String voucherId) {
            return new Candidate(voucherId, null);
        }
    }

    /**
     * Every criterion of every candidate and every obligor's share.
     *
     * @param vouchers      the candidates, in the order named
     * @param poolPrincipal the pool now
     * @param poolAfter     the pool with the candidates that meet their own criteria
     * @param obligors      by obligor id
     */
    public record Evaluation(List<VoucherEligibility> vouchers, Money poolPrincipal, Money poolAfter,
                             List<ObligorConcentration> obligors) {

        public boolean eligible() {
            return vouchers.stream().allMatch(VoucherEligibility::eligible)
                    && obligors.stream().allMatch(ObligorConcentration::passed);
        }

        /**
         * The refusal of the addition: each candidate's own criteria in turn (docs/abs.md §1 order), then
         * concentration, the first offending obligor by id (the same on every peer).
         */
        public Optional<ChaincodeException> firstFailure() {
            Optional<ChaincodeException> own = vouchers.stream()
                    .flatMap(v -> v.criteria().stream())
                    .filter(c -> c.criterion() != CONCENTRATION && c.hasFailed())
                    .findFirst()
                    .map(c -> new ChaincodeException(c.code(), c.detail()));
            return own.or(() -> overLimit(obligors, poolAfter));
        }

        /** Throws {@link #firstFailure()}, if any. */
        public void requireEligible() {
            firstFailure().ifPresent(failure -> {
                throw failure;
            });
        }
    }

    /** The first obligor over the limit, as the refusal that names it. */
    private static Optional<ChaincodeException> overLimit(List<ObligorConcentration> obligors, Money poolAfter) {
        return obligors.stream().filter(o -> !o.passed()).findFirst()
                .map(o -> new ChaincodeException(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED,
                        concentrationDetail(o, poolAfter)));
    }

    /** Checks criteria when a pool is created; every problem is the client's and maps to 400. */
    public static void validate(PoolCriteria criteria) {
        if (criteria.currency() == null || !CURRENCY_CODE.matcher(criteria.currency()).matches()) {
            throw ChaincodeException.invalid("currency must be a three-letter ISO 4217 code");
        }
        if (criteria.minDaysToMaturity() < 0 || criteria.maxDaysToMaturity() < criteria.minDaysToMaturity()) {
            throw ChaincodeException.invalid("maturity window must satisfy 0 <= minDaysToMaturity <= maxDaysToMaturity");
        }
        if (criteria.maxObligorConcentrationBp() < 1 || !BasisPoints.inRange(criteria.maxObligorConcentrationBp())) {
            throw ChaincodeException.invalid("maxObligorConcentrationBp must be between 1 and " + BasisPoints.WHOLE);
        }
        if (criteria.allowedStatuses() == null || criteria.allowedStatuses().isEmpty()
                || !POOLABLE.containsAll(criteria.allowedStatuses())) {
            throw ChaincodeException.invalid("allowedStatuses must be a non-empty subset of " + POOLABLE);
        }
    }

    /**
     * Rejects the addition unless every asset and the resulting pool meet the criteria: the first failure of
     * {@link #evaluate}.
     *
     * @param originatorId the party moving the assets; it must hold each of them
     * @param cutOff       the date remaining maturity is counted from
     * @param pooled       the assets already in the pool
     * @param additions    the assets to add
     */
    public static void checkAddition(PoolCriteria criteria, String originatorId, LocalDate cutOff,
                                     List<PoolAsset> pooled, List<PoolAsset> additions) {
        evaluate(criteria, originatorId, cutOff, pooled, additions.stream().map(Candidate::of).toList())
                .requireEligible();
    }

    /**
     * Checks every criterion of every candidate (none stops the others) and the concentration of the pool with
     * the candidates that meet their own criteria.
     */
    public static Evaluation evaluate(PoolCriteria criteria, String originatorId, LocalDate cutOff,
                                      List<PoolAsset> pooled, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw ChaincodeException.invalid("an addition needs at least one asset");
        }
        candidates.stream().map(Candidate::asset).filter(a -> a != null).forEach(Eligibility::requireShape);
        Set<String> named = new HashSet<>();
        pooled.forEach(asset -> named.add(asset.voucherId()));
        List<List<CriterionResult>> own = new ArrayList<>();
        List<PoolAsset> meetingOwn = new ArrayList<>();
        for (Candidate candidate : candidates) {
            List<CriterionResult> results = candidate.asset() == null ? unseen(candidate.voucherId())
                    : own(criteria, originatorId, cutOff, candidate.asset(), !named.add(candidate.voucherId()));
            own.add(results);
            if (results.stream().allMatch(CriterionResult::hasPassed)) {
                meetingOwn.add(candidate.asset());
            }
        }
        Concentration concentration = concentration(criteria, pooled, meetingOwn);
        List<VoucherEligibility> vouchers = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            vouchers.add(voucher(candidates.get(i), cutOff, own.get(i), concentration));
        }
        return new Evaluation(vouchers, concentration.before(), concentration.after(), concentration.obligors());
    }

    /**
     * Rejects a removal that would leave an obligor above the concentration limit: taking principal out
     * concentrates everyone who stays, so every obligor of what remains is checked.
     */
    public static void checkRemoval(PoolCriteria criteria, List<PoolAsset> remaining) {
        Concentration concentration = concentration(criteria, List.of(), remaining);
        overLimit(concentration.obligors(), concentration.after()).ifPresent(refusal -> {
            throw refusal;
        });
    }

    /** A voucher's own criteria, every one of them checked. */
    private static List<CriterionResult> own(PoolCriteria criteria, String originatorId, LocalDate cutOff,
                                             PoolAsset asset, boolean namedBefore) {
        String id = asset.voucherId();
        boolean inAPool = asset.poolId() != null || asset.status() == PoolAssetStatus.POOLED;
        long days = ChronoUnit.DAYS.between(cutOff, asset.maturity());
        return List.of(
                CriterionResult.passed(EXISTS),
                check(OUTSTANDING, asset.outstanding().isPositive(), ErrorCode.INVALID_ARGUMENT,
                        () -> "voucher " + id + " has nothing outstanding"),
                check(CURRENCY, asset.outstanding().currency().equals(criteria.currency()), ErrorCode.CURRENCY_MISMATCH,
                        () -> "voucher " + id + " is in " + asset.outstanding().currency() + ", the pool in "
                                + criteria.currency()),
                check(NOT_POOLED, !inAPool && !namedBefore, ErrorCode.ASSET_ALREADY_POOLED,
                        () -> inAPool ? "voucher " + id + " is already in a pool"
                                : "voucher " + id + " is already in this pool or listed twice"),
                check(STATUS, criteria.allowedStatuses().contains(asset.status()), ErrorCode.ASSET_STATUS_NOT_ELIGIBLE,
                        () -> "voucher " + id + " is " + asset.status() + "; the pool takes " + criteria.allowedStatuses()),
                check(HOLDER, asset.holderId().equals(originatorId), ErrorCode.ASSET_NOT_HELD_BY_ORIGINATOR,
                        () -> "voucher " + id + " is not held by the originator"),
                check(MATURITY, days >= criteria.minDaysToMaturity() && days <= criteria.maxDaysToMaturity(),
                        ErrorCode.ASSET_MATURITY_OUT_OF_WINDOW,
                        () -> "voucher " + id + " matures " + days + " days after the cut-off; the pool takes "
                                + criteria.minDaysToMaturity() + " to " + criteria.maxDaysToMaturity()));
    }

    /** Nothing of a voucher the caller may not see: one failed criterion, the same whether it exists or not. */
    private static List<CriterionResult> unseen(String voucherId) {
        return Stream.concat(
                Stream.of(CriterionResult.failed(EXISTS, ErrorCode.VOUCHER_NOT_FOUND,
                        "no voucher " + voucherId + " the caller may see")),
                OWN.stream().skip(1).map(c -> CriterionResult.notChecked(c, "the voucher is not known to the caller")))
                .toList();
    }

    private static CriterionResult check(EligibilityCriterion criterion, boolean met, ErrorCode code,
                                         Supplier<String> detail) {
        return met ? CriterionResult.passed(criterion) : CriterionResult.failed(criterion, code, detail.get());
    }

    private static VoucherEligibility voucher(Candidate candidate, LocalDate cutOff, List<CriterionResult> own,
                                              Concentration concentration) {
        PoolAsset asset = candidate.asset();
        List<CriterionResult> criteria = new ArrayList<>(own);
        criteria.add(concentrationOf(asset, own, concentration));
        boolean eligible = criteria.stream().allMatch(CriterionResult::hasPassed);
        if (asset == null) {
            return new VoucherEligibility(candidate.voucherId(), null, null, null, null, null, eligible, criteria);
        }
        return new VoucherEligibility(asset.voucherId(), asset.obligorId(), asset.outstanding(), asset.maturity(),
                ChronoUnit.DAYS.between(cutOff, asset.maturity()), asset.status(), eligible, criteria);
    }

    /** A candidate's concentration is its obligor's; one that fails its own criteria is not in the pool after. */
    private static CriterionResult concentrationOf(PoolAsset asset, List<CriterionResult> own,
                                                   Concentration concentration) {
        if (!own.stream().allMatch(CriterionResult::hasPassed)) {
            return CriterionResult.notChecked(CONCENTRATION, "the voucher fails a criterion of its own");
        }
        ObligorConcentration obligor = concentration.of(asset.obligorId());
        return obligor.passed() ? CriterionResult.passed(CONCENTRATION)
                : CriterionResult.failed(CONCENTRATION, ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED,
                        concentrationDetail(obligor, concentration.after()));
    }

    private static void requireShape(PoolAsset asset) {
        if (asset.voucherId() == null || asset.voucherId().isBlank()
                || asset.obligorId() == null || asset.obligorId().isBlank()
                || asset.holderId() == null || asset.maturity() == null || asset.status() == null
                || asset.outstanding() == null) {
            throw ChaincodeException.invalid("an asset needs voucherId, obligorId, holderId, outstanding, maturity and status");
        }
    }

    /** The pool before and after an addition and every obligor's share of it after. */
    private record Concentration(Money before, Money after, List<ObligorConcentration> obligors) {

        ObligorConcentration of(String obligorId) {
            return obligors.stream().filter(o -> o.obligorId().equals(obligorId)).findFirst().orElseThrow();
        }
    }

    private static Concentration concentration(PoolCriteria criteria, List<PoolAsset> pooled, List<PoolAsset> added) {
        Money zero = Money.zero(criteria.currency());
        Map<String, Money> now = byObligor(pooled);
        Map<String, Money> after = byObligor(Stream.concat(pooled.stream(), added.stream()).toList());
        Money poolNow = now.values().stream().reduce(zero, Money::plus);
        Money poolAfter = after.values().stream().reduce(zero, Money::plus);
        Set<String> addedTo = new HashSet<>();
        added.forEach(asset -> addedTo.add(asset.obligorId()));
        int limit = criteria.maxObligorConcentrationBp();
        List<ObligorConcentration> obligors = new ArrayList<>();
        after.forEach((obligorId, owed) -> {
            boolean checked = addedTo.contains(obligorId);
            obligors.add(new ObligorConcentration(obligorId, now.getOrDefault(obligorId, zero), owed,
                    BasisPoints.shareRoundedUp(owed, poolAfter), limit, checked,
                    !checked || !BasisPoints.exceeds(owed, poolAfter, limit)));
        });
        return new Concentration(poolNow, poolAfter, List.copyOf(obligors));
    }

    /** Outstanding per obligor, by obligor id (a TreeMap: the same order on every peer). */
    private static Map<String, Money> byObligor(List<PoolAsset> assets) {
        Map<String, Money> owed = new TreeMap<>();
        assets.forEach(asset -> owed.merge(asset.obligorId(), asset.outstanding(), Money::plus));
        return owed;
    }

    private static String concentrationDetail(ObligorConcentration obligor, Money poolAfter) {
        return "obligor " + obligor.obligorId() + " would owe " + obligor.after().minor() + " of " + poolAfter.minor()
                + " minor units, above " + obligor.limitBp() + " bp";
    }
}
