package io.trellis.chaincode.voucher;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.config.ChaincodeConfig;
import io.trellis.chaincode.api.event.VoucherStatusChanged;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.Pledge;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.core.Ids;
import io.trellis.chaincode.core.Transitions;
import io.trellis.chaincode.invoice.InvoiceRules;
import io.trellis.chaincode.limit.SlottedCounter;
import io.trellis.chaincode.party.PartyRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** The credit voucher state machine, issuance, split conservation and the tier limit: pure functions. */
public final class VoucherRules {
    /** A voucher is a short-term claim: like an electronic commercial draft, it matures within a year of issue. */
    static final Period MAX_TENOR = Period.ofYears(1);
    static final int MAX_INVOICES = 50;
    /** A root id and one "-NN" per generation below it, up to the highest tier limit. */
    private static final int MAX_ID_LENGTH = 22 + 3 * (ChaincodeConfig.MAX_TIER_LIMIT - 1);
    private static final Pattern VOUCHER_ID = Pattern.compile("CV[0-9A-F]{20}(-[0-9]{2})*");

    static final Transitions<VoucherStatus> MOVES = Transitions.of(VoucherStatus.class, ErrorCode.VOUCHER_STATE_CONFLICT)
            .allow(VoucherStatus.ISSUED, VoucherStatus.ACTIVE, VoucherStatus.REJECTED)
            .allow(VoucherStatus.ACTIVE, VoucherStatus.SPLIT, VoucherStatus.TRANSFERRED, VoucherStatus.FINANCING,
                    VoucherStatus.POOLED, VoucherStatus.SETTLED, VoucherStatus.OVERDUE)
            .allow(VoucherStatus.FINANCING, VoucherStatus.ACTIVE, VoucherStatus.FINANCED, VoucherStatus.SETTLED)
            .allow(VoucherStatus.FINANCED, VoucherStatus.POOLED, VoucherStatus.SETTLED, VoucherStatus.OVERDUE)
            // Back out of a pool, to the status it had before (removal before subscription, or a cancelled deal).
            .allow(VoucherStatus.POOLED, VoucherStatus.ACTIVE, VoucherStatus.FINANCED, VoucherStatus.SETTLED,
                    VoucherStatus.OVERDUE)
            .allow(VoucherStatus.OVERDUE, VoucherStatus.SETTLED);

    private VoucherRules() {
    }

    /** An issued voucher with the invoices it pledges and the pledge record of its tree. */
    public record Issue(Voucher voucher, List<Invoice> pledgedInvoices, Pledge pledge) {
    }

    /** A spent voucher and the children that replace it. */
    public record Spent(Voucher parent, List<Voucher> children) {
    }

    public static void requireVoucherId(String id) {
        if (id == null || id.length() > MAX_ID_LENGTH || !VOUCHER_ID.matcher(id).matches()) {
            throw ChaincodeException.invalid("voucherId must look like CV<20 hex>[-NN...]");
        }
    }

    public static void requireMove(Voucher voucher, VoucherStatus to) {
        MOVES.require("voucher " + voucher.id(), voucher.status(), to);
    }

    public static void validate(IssueVoucherRequest request) {
        PartyRules.requirePartyId(request.supplierId());
        if (request.amount() == null || !request.amount().isPositive()) {
            throw ChaincodeException.invalid("amount must be a positive amount");
        }
        if (request.maturityDate() == null) {
            throw ChaincodeException.invalid("maturityDate is required");
        }
        List<String> ids = request.invoiceIds();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_INVOICES) {
            throw ChaincodeException.invalid("a voucher is backed by 1 to " + MAX_INVOICES + " invoices");
        }
        ids.forEach(InvoiceRules::requireInvoiceId);
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ChaincodeException.invalid("an invoice is named twice");
        }
    }

    /**
     * Issues a voucher (ISSUED, tier 1) against confirmed invoices the supplier sold the core enterprise; its
     * amount may not exceed their total. The issuance-limit allocation is added by the caller.
     */
    public static Issue issue(IssueVoucherRequest request, String voucherId, String coreId, List<Invoice> invoices,
            LocalDate today, Instant timestamp) {
        if (!request.maturityDate().isAfter(today)) {
            throw new ChaincodeException(ErrorCode.INVALID_MATURITY,
                    "maturityDate " + request.maturityDate() + " must be after the issue date " + today);
        }
        if (request.maturityDate().isAfter(today.plus(MAX_TENOR))) {
            throw new ChaincodeException(ErrorCode.INVALID_MATURITY, "maturityDate " + request.maturityDate()
                    + " is more than " + MAX_TENOR + " after the issue date " + today);
        }
        Money backing = Money.zero(request.amount().currency());
        List<Invoice> pledged = new ArrayList<>();
        for (Invoice invoice : invoices) {
            if (!invoice.sellerId().equals(request.supplierId()) || !invoice.buyerId().equals(coreId)) {
                throw new ChaincodeException(ErrorCode.INVOICE_PARTY_MISMATCH,
                        "invoice " + invoice.id() + " is not from " + request.supplierId() + " to " + coreId);
            }
            if (!invoice.amount().currency().equals(request.amount().currency())) {
                throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                        "invoice " + invoice.id() + " is in " + invoice.amount().currency());
            }
            pledged.add(InvoiceRules.pledge(invoice, voucherId));
            backing = backing.plus(invoice.amount());
        }
        if (request.amount().compareTo(backing) > 0) {
            throw new ChaincodeException(ErrorCode.VOUCHER_EXCEEDS_INVOICES,
                    "amount " + request.amount().minor() + " exceeds the invoices' unpledged total " + backing.minor());
        }
        Voucher voucher = new Voucher(voucherId, voucherId, null, coreId, request.supplierId(), request.amount(),
                request.amount(), today, request.maturityDate(), 1, VoucherStatus.ISSUED, request.invoiceIds(), List.of(),
                List.of(), null, null, null, timestamp.toString(), 1);
        return new Issue(voucher, pledged, new Pledge(voucherId, request.invoiceIds(), request.amount()));
    }

    public static Voucher accept(Voucher voucher, String callerId) {
        requireHolder(voucher, callerId);
        // ACTIVE is reachable from FINANCING and POOLED too, but only by declining or unpooling: accepting is from ISSUED.
        if (voucher.status() != VoucherStatus.ISSUED) {
            throw new ChaincodeException(ErrorCode.VOUCHER_STATE_CONFLICT,
                    "voucher " + voucher.id() + " is " + voucher.status() + "; only an ISSUED voucher is accepted");
        }
        return voucher.withStatus(VoucherStatus.ACTIVE);
    }

    /** A rejected voucher holds nothing: the caller gives its issuance allocation back and frees its invoices. */
    public static Voucher reject(Voucher voucher, String callerId) {
        requireHolder(voucher, callerId);
        requireMove(voucher, VoucherStatus.REJECTED);
        return voucher.withHoldings(VoucherStatus.REJECTED, voucher.outstanding(), List.of(), null);
    }

    /**
     * Splits a voucher into parts that sum exactly to it. The children keep root, obligor, maturity and holder,
     * take the next tier, and share the parent's issuance allocation in order.
     */
    public static Spent split(Voucher voucher, String callerId, List<Money> parts, int tierLimit, LocalDate today,
            Instant timestamp) {
        requireHolder(voucher, callerId);
        requireMove(voucher, VoucherStatus.SPLIT);
        requireBeforeMaturity(voucher, today);
        requireTier(voucher, tierLimit);
        if (parts == null || parts.size() < 2 || parts.size() > Ids.MAX_CHILDREN) {
            throw ChaincodeException.invalid("a split has 2 to " + Ids.MAX_CHILDREN + " parts");
        }
        Money sum = Money.zero(voucher.amount().currency());
        List<Long> sizes = new ArrayList<>();
        for (Money part : parts) {
            if (part == null || !part.isPositive()) {
                throw ChaincodeException.invalid("every part must be a positive amount");
            }
            if (!part.currency().equals(sum.currency())) {
                throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH, "the voucher is in " + sum.currency());
            }
            sum = sum.plus(part);
            sizes.add(part.minor());
        }
        if (!sum.equals(voucher.outstanding())) {
            throw new ChaincodeException(ErrorCode.SPLIT_NOT_CONSERVED,
                    "parts sum to " + sum.minor() + " but the voucher is " + voucher.outstanding().minor());
        }
        List<List<SlotAmount>> shares = SlottedCounter.divide(voucher.issuanceAllocation(), sizes);
        List<Voucher> children = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            children.add(child(voucher, i + 1, voucher.holderId(), parts.get(i), shares.get(i), timestamp));
        }
        return spend(voucher, VoucherStatus.SPLIT, children);
    }

    /** Transfers the whole voucher: one child, held by the recipient, at the next tier. */
    public static Spent transfer(Voucher voucher, String callerId, String recipientId, int tierLimit, LocalDate today,
            Instant timestamp) {
        requireHolder(voucher, callerId);
        if (voucher.holderId().equals(recipientId)) {
            throw ChaincodeException.invalid("the recipient already holds the voucher");
        }
        requireMove(voucher, VoucherStatus.TRANSFERRED);
        requireBeforeMaturity(voucher, today);
        requireTier(voucher, tierLimit);
        Voucher child = child(voucher, 1, recipientId, voucher.outstanding(), voucher.issuanceAllocation(), timestamp);
        return spend(voucher, VoucherStatus.TRANSFERRED, List.of(child));
    }

    /**
     * Locks a voucher in a pool: POOLED, held by the pool's manager for the pool, {@code poolId} set so that
     * settlement pays the pool.
     */
    public static Voucher pool(Voucher voucher, String poolId, String managerId) {
        requireMove(voucher, VoucherStatus.POOLED);
        return voucher.withPool(VoucherStatus.POOLED, managerId, poolId);
    }

    /** Takes a POOLED voucher of {@code poolId} back out: the status and holder it had before, no pool. */
    public static Voucher release(Voucher voucher, String poolId, VoucherStatus previousStatus, String previousHolderId) {
        if (!poolId.equals(voucher.poolId())) {
            throw new ChaincodeException(ErrorCode.VOUCHER_STATE_CONFLICT,
                    "voucher " + voucher.id() + " is not in pool " + poolId);
        }
        requireMove(voucher, previousStatus);
        return voucher.withPool(previousStatus, previousHolderId, null);
    }

    /**
     * An unpaid voucher may be marked OVERDUE once {@code graceDays} have passed after its maturity date: from
     * maturity + grace + 1 on. The caller answers an already OVERDUE voucher unchanged (see {@link #isOverdue}).
     */
    public static Voucher markOverdue(Voucher voucher, LocalDate today, int graceDays) {
        LocalDate firstDay = ChaincodeConfig.firstOverdueDay(voucher.maturityDate(), graceDays);
        if (today.isBefore(firstDay)) {
            throw new ChaincodeException(ErrorCode.VOUCHER_NOT_MATURE, "voucher " + voucher.id() + " matures on "
                    + voucher.maturityDate() + " and may be marked overdue from " + firstDay + " on");
        }
        requireMove(voucher, VoucherStatus.OVERDUE);
        return voucher.withStatus(VoucherStatus.OVERDUE);
    }

    /** Marking an OVERDUE voucher again changes nothing: the overdue job may run any number of times. */
    public static boolean isOverdue(Voucher voucher) {
        return voucher.status() == VoucherStatus.OVERDUE;
    }

    public static void requireHolder(Voucher voucher, String callerId) {
        if (!voucher.holderId().equals(callerId)) {
            throw ChaincodeException.notAllowed("only the holder of voucher " + voucher.id() + " may do this");
        }
    }

    /** From its maturity date on, a voucher waits for payment: it is no longer split, transferred or financed. */
    public static void requireBeforeMaturity(Voucher voucher, LocalDate today) {
        if (!today.isBefore(voucher.maturityDate())) {
            throw new ChaincodeException(ErrorCode.VOUCHER_MATURED,
                    "voucher " + voucher.id() + " matures on " + voucher.maturityDate());
        }
    }

    public static VoucherStatusChanged changed(Voucher before, Voucher after) {
        return new VoucherStatusChanged(after.id(), before.status(), after.status(), after.holderId(), after.version());
    }

    private static void requireTier(Voucher voucher, int tierLimit) {
        if (voucher.tier() + 1 > tierLimit) {
            throw new ChaincodeException(ErrorCode.TIER_LIMIT_EXCEEDED,
                    "voucher " + voucher.id() + " is at tier " + voucher.tier() + "; the limit is " + tierLimit);
        }
    }

    private static Spent spend(Voucher voucher, VoucherStatus spent, List<Voucher> children) {
        return new Spent(voucher.spentInto(spent, children.stream().map(Voucher::id).toList()), List.copyOf(children));
    }

    private static Voucher child(Voucher parent, int index, String holderId, Money amount, List<SlotAmount> allocation,
            Instant timestamp) {
        return new Voucher(Ids.child(parent.id(), index), parent.rootId(), parent.id(), parent.obligorId(), holderId,
                amount, amount, parent.issueDate(), parent.maturityDate(), parent.tier() + 1, VoucherStatus.ACTIVE,
                List.of(), List.of(), allocation, null, null, null, timestamp.toString(), 1);
    }
}
