package io.trellis.bench;

import io.trellis.chaincode.api.voucher.Voucher;
import java.util.List;

/**
 * What {@code settle-notices} pays: mature root vouchers of {@code obligorId}, each by one notice that
 * {@code bankId}, its designated settlement bank, posts.
 */
record SettlementBatch(String bankId, String obligorId, String runTag, List<Voucher> roots) {

    SettlementBatch {
        roots = List.copyOf(roots);
    }

    /** The bank's payment id of the notice that pays root {@code index}: unique per run and point. */
    String paymentId(int index) {
        return "BENCH-" + runTag + "-" + index;
    }
}
