package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A voucher named for a pool, as the caller may know it: a voucher it may not see ({@link Visibility#poolCandidate})
 * is a candidate without data, refused exactly like a missing one, so neither AddPoolAssets' refusal nor the
 * eligibility report tells anything of another party's voucher.
 */
final class PoolCandidates {

    private PoolCandidates() {
    }

    /** @param found each of {@code voucherIds} as the ledger has it, empty where none exists */
    static List<Eligibility.Candidate> seenBy(Viewer viewer, Pool pool, List<String> voucherIds,
                                              List<Optional<Voucher>> found) {
        List<Eligibility.Candidate> candidates = new ArrayList<>(voucherIds.size());
        for (int i = 0; i < voucherIds.size(); i++) {
            String voucherId = voucherIds.get(i);
            candidates.add(found.get(i).filter(voucher -> Visibility.poolCandidate(viewer, pool, voucher))
                    .map(voucher -> Eligibility.Candidate.of(PoolAssets.of(voucher)))
                    .orElseGet(() -> Eligibility.Candidate.unseen(voucherId)));
        }
        return candidates;
    }
}
