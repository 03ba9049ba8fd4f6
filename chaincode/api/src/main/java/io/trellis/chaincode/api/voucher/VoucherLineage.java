package io.trellis.chaincode.api.voucher;

import java.util.List;

/**
 * A voucher's whole tree: the root first, then depth first with children in creation order.
 *
 * @param rootId    the issued voucher the tree starts from
 * @param obligorId the core enterprise every voucher of the tree is a claim on
 * @param nodes     every voucher of the tree, spent ones included
 */
public record VoucherLineage(String rootId, String obligorId, List<LineageNode> nodes) {

    public VoucherLineage {
        nodes = List.copyOf(nodes);
    }
}
