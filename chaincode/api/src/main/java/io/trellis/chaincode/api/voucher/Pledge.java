package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.Money;
import java.util.List;

/**
 * The invoices backing one voucher tree and how much of the tree is still unpaid; when it reaches zero
 * the invoices are SETTLED.
 */
public record Pledge(String rootVoucherId, List<String> invoiceIds, Money outstanding) {

    public Pledge {
        invoiceIds = List.copyOf(invoiceIds);
    }
}
