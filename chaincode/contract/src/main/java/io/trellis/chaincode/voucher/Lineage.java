package io.trellis.chaincode.voucher;

import io.trellis.chaincode.api.voucher.LineageNode;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** The whole tree of a voucher, walked from its root: pure, with the loading left to the caller. */
public final class Lineage {

    private Lineage() {
    }

    /** The root first, then depth first with children in creation order. */
    public static VoucherLineage of(Voucher any, Function<String, Voucher> load) {
        Voucher root = any.isRoot() ? any : load.apply(any.rootId());
        List<LineageNode> nodes = new ArrayList<>();
        Deque<Voucher> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Voucher voucher = pending.pop();
            nodes.add(new LineageNode(voucher.id(), voucher.parentId(), voucher.holderId(), voucher.amount(),
                    voucher.outstanding(), voucher.tier(), voucher.status()));
            List<String> children = voucher.childIds();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(load.apply(children.get(i)));
            }
        }
        return new VoucherLineage(root.id(), root.obligorId(), nodes);
    }
}
