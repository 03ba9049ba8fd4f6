package io.trellis.abs.stress;

import io.trellis.abs.rules.BasisPoints;
import io.trellis.abs.rules.DealStructureRules;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.DealStructure;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Refuses a stress request that cannot be run, with a stable code; returns the structure in seniority order. */
final class StressRequests {
    static final int MAX_PATHS = 100_000;
    static final int MAX_VOUCHERS = 10_000;
    static final int MAX_RECOVERY_DELAY_DAYS = 3_650;

    private StressRequests() {
    }

    /** The request's structure, validated as the chaincode validates it, most senior tranche first. */
    static DealStructure validate(StressRequest request) {
        if (request == null || request.structure() == null || request.vouchers() == null
                || request.scenario() == null) {
            throw ChaincodeException.invalid("a stress test needs structure, vouchers and scenario");
        }
        DealStructure structure = DealStructureRules.validate(request.structure());
        Set<String> obligors = requireVouchers(request, structure.currency());
        requireScenario(request.scenario(), obligors);
        return structure;
    }

    /** The obligors of the pool. */
    private static Set<String> requireVouchers(StressRequest request, String currency) {
        if (request.vouchers().isEmpty() || request.vouchers().size() > MAX_VOUCHERS) {
            throw ChaincodeException.invalid("a stress test needs 1 to " + MAX_VOUCHERS + " vouchers");
        }
        Set<String> ids = new HashSet<>();
        Set<String> obligors = new HashSet<>();
        for (StressVoucher voucher : request.vouchers()) {
            if (voucher == null || isBlank(voucher.voucherId()) || isBlank(voucher.obligorId())
                    || voucher.outstanding() == null || voucher.maturity() == null) {
                throw ChaincodeException.invalid("a voucher needs voucherId, obligorId, outstanding and maturity");
            }
            if (!ids.add(voucher.voucherId())) {
                throw ChaincodeException.invalid("voucher " + voucher.voucherId() + " appears twice");
            }
            if (!voucher.outstanding().currency().equals(currency)) {
                throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH, "voucher " + voucher.voucherId() + " is in "
                        + voucher.outstanding().currency() + ", the deal in " + currency);
            }
            if (!voucher.outstanding().isPositive()) {
                throw ChaincodeException.invalid("voucher " + voucher.voucherId()
                        + " must have a positive outstanding");
            }
            obligors.add(voucher.obligorId());
        }
        return obligors;
    }

    private static void requireScenario(StressScenario scenario, Set<String> obligors) {
        if (scenario.paths() < 1 || scenario.paths() > MAX_PATHS) {
            throw ChaincodeException.invalid("paths must be between 1 and " + MAX_PATHS);
        }
        requireAssumptions(scenario.everyObligor(), "everyObligor");
        for (Map.Entry<String, ObligorAssumptions> entry : scenario.byObligor().entrySet()) {
            if (!obligors.contains(entry.getKey())) {
                throw ChaincodeException.invalid("obligor " + entry.getKey() + " owes no voucher of the pool");
            }
            requireAssumptions(entry.getValue(), "byObligor." + entry.getKey());
        }
    }

    private static void requireAssumptions(ObligorAssumptions assumptions, String field) {
        if (assumptions == null) {
            throw ChaincodeException.invalid(field + " is required");
        }
        if (!BasisPoints.inRange(assumptions.defaultRateBp())) {
            throw ChaincodeException.invalid(field + ".defaultRateBp must be between 0 and " + BasisPoints.WHOLE);
        }
        if (!BasisPoints.inRange(assumptions.recoveryRateBp())) {
            throw ChaincodeException.invalid(field + ".recoveryRateBp must be between 0 and " + BasisPoints.WHOLE);
        }
        if (assumptions.recoveryDelayDays() < 0 || assumptions.recoveryDelayDays() > MAX_RECOVERY_DELAY_DAYS) {
            throw ChaincodeException.invalid(field + ".recoveryDelayDays must be between 0 and "
                    + MAX_RECOVERY_DELAY_DAYS);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
