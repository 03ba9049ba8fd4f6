package io.trellis.portal.abs;

/**
 * Message keys of the ABS words the ledger names (deal statuses, tranche classes, waterfall steps ...): their own
 * {@code abs_*} keys in the securities bundle, so they never clash with an SCF status of the same name
 * ({@code ISSUED} is a voucher's status too).
 */
public final class AbsLabels {
    private AbsLabels() {
    }

    public static String status(String dealStatus) {
        return "abs_status." + dealStatus;
    }

    public static String tranche(String trancheClass) {
        return "abs_tranche." + trancheClass;
    }

    public static String step(String waterfallStep) {
        return "abs_step." + waterfallStep;
    }

    public static String payoutKind(String kind) {
        return "abs_payout." + kind;
    }

    public static String providerRole(String role) {
        return "abs_role." + role;
    }

    public static String attestation(String kind) {
        return "abs_attestation." + kind;
    }

    public static String opinion(String opinion) {
        return "abs_opinion." + opinion;
    }

    public static String criterion(String criterion) {
        return "abs_criterion." + criterion;
    }

    public static String outcome(String outcome) {
        return "abs_outcome." + outcome;
    }

}
