package io.trellis.chaincode.api.voucher;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.limit.SlotAmount;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit voucher: a digital claim on a core enterprise (the obligor) for {@code amount} at
 * {@code maturityDate}. Splitting or transferring spends it and creates children; the obligor, root and
 * maturity never change down the tree.
 *
 * @param id                 root: {@code CV} + 20 hex of the issuing tx id; child: parent id + {@code -NN}
 * @param rootId             id of the issued voucher the tree starts from (its own id for a root)
 * @param parentId           the spent voucher it came from; null for a root
 * @param obligorId          the core enterprise that pays at maturity
 * @param holderId           the party holding the claim now
 * @param amount             face amount
 * @param outstanding        the part of the face not yet paid; equals {@code amount} until settlement pays some
 * @param issueDate          business date of the root's issuance
 * @param maturityDate       the day the obligor pays
 * @param tier               1 for a root; a child's is its parent's plus one
 * @param status             current state
 * @param invoiceIds         invoices backing the tree (root only; empty on children)
 * @param childIds           children once spent, in creation order
 * @param issuanceAllocation the obligor's issuance-limit slots this voucher holds; sums to {@code outstanding}
 *                           while the voucher is unsettled
 * @param lineUse            the financier's credit-line slots held since financing approval, else null
 * @param financingId        the open or completed financing, else null
 * @param poolId             the ABS pool holding it while POOLED, else null
 * @param createdAt          transaction timestamp of its creation
 * @param version            incremented by every change
 */
public record Voucher(
        String id,
        String rootId,
        String parentId,
        String obligorId,
        String holderId,
        Money amount,
        Money outstanding,
        LocalDate issueDate,
        LocalDate maturityDate,
        int tier,
        VoucherStatus status,
        List<String> invoiceIds,
        List<String> childIds,
        List<SlotAmount> issuanceAllocation,
        LineUse lineUse,
        String financingId,
        String poolId,
        String createdAt,
        long version) {

    public Voucher {
        invoiceIds = List.copyOf(invoiceIds);
        childIds = List.copyOf(childIds);
        issuanceAllocation = List.copyOf(issuanceAllocation);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public Voucher withStatus(VoucherStatus newStatus) {
        return new Voucher(id, rootId, parentId, obligorId, holderId, amount, outstanding, issueDate, maturityDate, tier,
                newStatus, invoiceIds, childIds, issuanceAllocation, lineUse, financingId, poolId, createdAt, version + 1);
    }

    public Voucher spentInto(VoucherStatus spent, List<String> children) {
        return new Voucher(id, rootId, parentId, obligorId, holderId, amount, outstanding, issueDate, maturityDate, tier,
                spent, invoiceIds, children, List.of(), lineUse, financingId, poolId, createdAt, version + 1);
    }

    public Voucher withIssuanceAllocation(List<SlotAmount> allocation) {
        return new Voucher(id, rootId, parentId, obligorId, holderId, amount, outstanding, issueDate, maturityDate, tier,
                status, invoiceIds, childIds, allocation, lineUse, financingId, poolId, createdAt, version);
    }

    public Voucher withFinancing(VoucherStatus newStatus, String newFinancingId, LineUse newLineUse, String newHolderId) {
        return new Voucher(id, rootId, parentId, obligorId, newHolderId, amount, outstanding, issueDate, maturityDate,
                tier, newStatus, invoiceIds, childIds, issuanceAllocation, newLineUse, newFinancingId, poolId, createdAt,
                version + 1);
    }

    /** Into a pool ({@code newPoolId} set) or back out of it ({@code newPoolId} null). */
    public Voucher withPool(VoucherStatus newStatus, String newHolderId, String newPoolId) {
        return new Voucher(id, rootId, parentId, obligorId, newHolderId, amount, outstanding, issueDate, maturityDate,
                tier, newStatus, invoiceIds, childIds, issuanceAllocation, lineUse, financingId, newPoolId, createdAt,
                version + 1);
    }

    public Voucher withHoldings(VoucherStatus newStatus, Money newOutstanding, List<SlotAmount> newIssuanceAllocation,
            LineUse newLineUse) {
        return new Voucher(id, rootId, parentId, obligorId, holderId, amount, newOutstanding, issueDate, maturityDate,
                tier, newStatus, invoiceIds, childIds, newIssuanceAllocation, newLineUse, financingId, poolId, createdAt,
                version + 1);
    }
}
