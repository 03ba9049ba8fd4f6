package io.trellis.chaincode.abs;

import io.trellis.abs.rules.DealStructureRules;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.WaterfallState;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The deal state machine: STRUCTURING -> SUBSCRIPTION_OPEN -> ALLOCATED -> ISSUED -> AMORTISING -> MATURED,
 * cancellable until issued. The structure may change only while STRUCTURING.
 */
public final class DealLifecycle {
    private static final Map<DealStatus, Set<DealStatus>> NEXT = Map.of(
            DealStatus.STRUCTURING, EnumSet.of(DealStatus.SUBSCRIPTION_OPEN, DealStatus.CANCELLED),
            DealStatus.SUBSCRIPTION_OPEN, EnumSet.of(DealStatus.ALLOCATED, DealStatus.CANCELLED),
            DealStatus.ALLOCATED, EnumSet.of(DealStatus.ISSUED, DealStatus.CANCELLED),
            // A first distribution that repays everything goes straight to MATURED.
            DealStatus.ISSUED, EnumSet.of(DealStatus.AMORTISING, DealStatus.MATURED),
            DealStatus.AMORTISING, EnumSet.of(DealStatus.MATURED),
            DealStatus.MATURED, EnumSet.noneOf(DealStatus.class),
            DealStatus.CANCELLED, EnumSet.noneOf(DealStatus.class));

    private DealLifecycle() {
    }

    public static void requireSubscriptionOpen(DealStatus status) {
        if (status != DealStatus.SUBSCRIPTION_OPEN) {
            throw new ChaincodeException(ErrorCode.DEAL_STATE_CONFLICT,
                    "orders are taken only while subscription is open; the deal is " + status);
        }
    }

    public static DealStatus transition(DealStatus from, DealStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw new ChaincodeException(ErrorCode.DEAL_STATE_CONFLICT, "a " + from + " deal cannot become " + to);
        }
        return to;
    }

    public static void requireStructureEditable(DealStatus status) {
        if (status != DealStatus.STRUCTURING) {
            throw new ChaincodeException(ErrorCode.DEAL_STRUCTURE_FROZEN,
                    "the structure is frozen once subscription opens; the deal is " + status);
        }
    }

    /** Resizing an undersubscribed tranche is the only structural change after subscription opens. */
    public static void requireResizable(DealStatus status) {
        if (status != DealStatus.ALLOCATED) {
            throw new ChaincodeException(ErrorCode.DEAL_STATE_CONFLICT,
                    "a tranche can be resized only after allocation; the deal is " + status);
        }
    }

    /** Opens subscription once the structure is sound and due diligence clears the deal ({@link DueDiligence}). */
    public static DealStatus openSubscription(DealStatus status, DealStructure structure,
                                              Set<AttestationKind> required, DueDiligence.OnRecord dueDiligence) {
        transition(status, DealStatus.SUBSCRIPTION_OPEN);
        DealStructureRules.validate(structure);
        DueDiligence.requireCleared(structure, required, dueDiligence);
        return DealStatus.SUBSCRIPTION_OPEN;
    }

    /** Appointments are made and opinions withdrawn only until subscription opens: then the deal rests on them. */
    public static void requireDueDiligenceOpen(DealStatus status) {
        if (status != DealStatus.STRUCTURING) {
            throw new ChaincodeException(ErrorCode.DEAL_STRUCTURE_FROZEN,
                    "due diligence is frozen once subscription opens; the deal is " + status);
        }
    }

    public static void requireDistributable(DealStatus status) {
        if (status != DealStatus.ISSUED && status != DealStatus.AMORTISING) {
            throw new ChaincodeException(ErrorCode.DEAL_STATE_CONFLICT,
                    "only an issued, unmatured deal has payment dates; the deal is " + status);
        }
    }

    /** The status after a payment date: MATURED once every tranche is repaid, AMORTISING until then. */
    public static DealStatus afterDistribution(DealStatus status, WaterfallState state) {
        requireDistributable(status);
        if (state.repaid()) {
            return transition(status, DealStatus.MATURED);
        }
        return status == DealStatus.AMORTISING ? status : transition(status, DealStatus.AMORTISING);
    }
}
