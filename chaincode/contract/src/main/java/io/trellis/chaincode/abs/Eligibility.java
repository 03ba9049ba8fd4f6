package io.trellis.chaincode.abs;

import io.trellis.abs.rules.BasisPoints;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolCriteria;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Pool eligibility: which vouchers an originator may move into a pool. Pure functions, no ledger access.
 *
 * <p>Concentration is checked for the whole addition at once, against the pool as it will be afterwards:
 * an obligor is over the limit when {@code obligorPrincipal x 10000 > limitBp x poolPrincipal}, both after the
 * addition (integer arithmetic, so the boundary itself passes). Only obligors in the addition are checked:
 * adding principal can only dilute everyone else. Checking a batch lets a new pool start diversified instead
 * of failing its first asset at 100%.
 */
public final class Eligibility {
    private static final Set<PoolAssetStatus> POOLABLE = EnumSet.of(PoolAssetStatus.ACTIVE, PoolAssetStatus.FINANCED);
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private Eligibility() {
    }

    /** Checks criteria when a pool is created; every problem is the client's and maps to 400. */
    public static void validate(PoolCriteria criteria) {
        if (criteria.currency() == null || !CURRENCY.matcher(criteria.currency()).matches()) {
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
     * Rejects the addition unless every asset and the resulting pool meet the criteria.
     *
     * @param originatorId the party moving the assets; it must hold each of them
     * @param cutOff       the date remaining maturity is counted from
     * @param pooled       the assets already in the pool
     * @param additions    the assets to add
     */
    public static void checkAddition(PoolCriteria criteria, String originatorId, LocalDate cutOff,
                                     List<PoolAsset> pooled, List<PoolAsset> additions) {
        if (additions.isEmpty()) {
            throw ChaincodeException.invalid("an addition needs at least one asset");
        }
        Set<String> ids = new HashSet<>();
        pooled.forEach(asset -> ids.add(asset.voucherId()));
        for (PoolAsset asset : additions) {
            checkAsset(criteria, originatorId, cutOff, asset);
            if (!ids.add(asset.voucherId())) {
                throw new ChaincodeException(ErrorCode.ASSET_ALREADY_POOLED,
                        "voucher " + asset.voucherId() + " is already in this pool or listed twice");
            }
        }
        checkConcentration(criteria, pooled, additions);
    }

    /**
     * Rejects a removal that would leave an obligor above the concentration limit: taking principal out
     * concentrates everyone who stays, so every obligor of what remains is checked.
     */
    public static void checkRemoval(PoolCriteria criteria, List<PoolAsset> remaining) {
        checkConcentration(criteria, List.of(), remaining);
    }

    private static void checkAsset(PoolCriteria criteria, String originatorId, LocalDate cutOff, PoolAsset asset) {
        requireShape(asset);
        if (!asset.outstanding().currency().equals(criteria.currency())) {
            throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                    "voucher " + asset.voucherId() + " is in " + asset.outstanding().currency()
                            + ", the pool in " + criteria.currency());
        }
        if (asset.poolId() != null || asset.status() == PoolAssetStatus.POOLED) {
            throw new ChaincodeException(ErrorCode.ASSET_ALREADY_POOLED,
                    "voucher " + asset.voucherId() + " is already in a pool");
        }
        if (!criteria.allowedStatuses().contains(asset.status())) {
            throw new ChaincodeException(ErrorCode.ASSET_STATUS_NOT_ELIGIBLE,
                    "voucher " + asset.voucherId() + " is " + asset.status() + "; the pool takes "
                            + criteria.allowedStatuses());
        }
        if (!asset.holderId().equals(originatorId)) {
            throw new ChaincodeException(ErrorCode.ASSET_NOT_HELD_BY_ORIGINATOR,
                    "voucher " + asset.voucherId() + " is not held by the originator");
        }
        long days = ChronoUnit.DAYS.between(cutOff, asset.maturity());
        if (days < criteria.minDaysToMaturity() || days > criteria.maxDaysToMaturity()) {
            throw new ChaincodeException(ErrorCode.ASSET_MATURITY_OUT_OF_WINDOW,
                    "voucher " + asset.voucherId() + " matures " + days + " days after the cut-off; the pool takes "
                            + criteria.minDaysToMaturity() + " to " + criteria.maxDaysToMaturity());
        }
    }

    private static void requireShape(PoolAsset asset) {
        if (asset.voucherId() == null || asset.voucherId().isBlank()
                || asset.obligorId() == null || asset.obligorId().isBlank()
                || asset.holderId() == null || asset.maturity() == null || asset.status() == null
                || asset.outstanding() == null) {
            throw ChaincodeException.invalid("an asset needs voucherId, obligorId, holderId, outstanding, maturity and status");
        }
        if (!asset.outstanding().isPositive()) {
            throw ChaincodeException.invalid("voucher " + asset.voucherId() + " has nothing outstanding");
        }
    }

    private static void checkConcentration(PoolCriteria criteria, List<PoolAsset> pooled, List<PoolAsset> additions) {
        Money poolAfter = Money.zero(criteria.currency());
        Map<String, Money> byObligor = new TreeMap<>();
        for (List<PoolAsset> assets : List.of(pooled, additions)) {
            for (PoolAsset asset : assets) {
                poolAfter = poolAfter.plus(asset.outstanding());
                byObligor.merge(asset.obligorId(), asset.outstanding(), Money::plus);
            }
        }
        // TreeMap: the first offending obligor by id is reported, the same on every peer.
        for (Map.Entry<String, Money> entry : byObligor.entrySet()) {
            boolean added = additions.stream().anyMatch(a -> a.obligorId().equals(entry.getKey()));
            if (added && BasisPoints.exceeds(entry.getValue(), poolAfter, criteria.maxObligorConcentrationBp())) {
                throw new ChaincodeException(ErrorCode.OBLIGOR_CONCENTRATION_EXCEEDED,
                        "obligor " + entry.getKey() + " would owe " + entry.getValue().minor() + " of "
                                + poolAfter.minor() + " minor units, above " + criteria.maxObligorConcentrationBp()
                                + " bp");
            }
        }
    }
}
