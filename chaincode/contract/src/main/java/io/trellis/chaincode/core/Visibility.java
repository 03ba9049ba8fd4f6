package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.chaincode.api.abs.Pool;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyAdmission;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.PayoutConfirmation;
import io.trellis.chaincode.api.settlement.SettlementAccount;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.Voucher;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may read what, for every query of the chaincode: the same rule scf-service's read models apply, enforced
 * where the data is. One rule of thumb: auditors see everything; a party sees what names it in the role that
 * matters (docs/domain.md §2a, docs/abs.md §7); an operator sees what names a party of its own organisation.
 * A single object the reader may not see is reported exactly like a missing one (its {@code *_NOT_FOUND}), so
 * ids cannot be probed; asking for another party's list is {@code NOT_ALLOWED}. Pure: the contracts load,
 * call one of these, and answer.
 */
public final class Visibility {
    /** Deal states in which the deal is on offer to every investor. */
    private static final Set<DealStatus> OFFERED = EnumSet.of(DealStatus.SUBSCRIPTION_OPEN, DealStatus.ALLOCATED,
            DealStatus.ISSUED, DealStatus.AMORTISING, DealStatus.MATURED);

    private Visibility() {
    }

    /** How much of an object a reader sees. */
    public enum Sight {
        NONE, PART, WHOLE;

        public boolean any() {
            return this != NONE;
        }
    }

    // --- Party registry

    /** The directory: every KYC-approved party (it names counterparties by id); an operator its own org's parties. */
    public static boolean party(Viewer viewer, Party party) {
        return viewer.party().isPresent() || viewer.isOperatorOf(party.org());
    }

    /** An admission: the platform's operators who keep the registry, the org it admits, auditors. */
    public static boolean admission(Viewer viewer, PartyAdmission admission) {
        return viewer.seesAll() || viewer.isOperatorOf(Org.PLATFORM) || viewer.isOperatorOf(admission.org());
    }

    // --- Credit lines

    /** A line: its financier and its obligor. */
    public static boolean creditLine(Viewer viewer, String financierId, String obligorId) {
        return viewer.seesAll() || viewer.speaksFor(financierId) || viewer.speaksFor(obligorId);
    }

    /** An issuance limit sums every bank's lines to the core: the core only. */
    public static boolean issuanceLimit(Viewer viewer, String obligorId) {
        return viewer.seesAll() || viewer.speaksFor(obligorId);
    }

    // --- Invoices

    public static boolean invoice(Viewer viewer, Invoice invoice) {
        return viewer.seesAll() || viewer.speaksFor(invoice.sellerId()) || viewer.speaksFor(invoice.buyerId());
    }

    // --- Vouchers

    /** A voucher: the party holding it now and its obligor. */
    public static boolean voucher(Viewer viewer, Voucher voucher) {
        return viewer.seesAll() || viewer.speaksFor(voucher.holderId()) || viewer.speaksFor(voucher.obligorId());
    }

    /** A whole tree, every holder down it: the obligor and auditors only (ask only once the voucher is visible). */
    public static boolean lineage(Viewer viewer, Voucher voucher) {
        return viewer.seesAll() || viewer.is(voucher.obligorId());
    }

    /**
     * Which vouchers of {@code holderId}'s list the reader sees: all of them for the holder, its operator and
     * auditors; those it owes for a core enterprise; anyone else may not ask.
     */
    public static Predicate<Voucher> vouchersHeldBy(Viewer viewer, String holderId) {
        if (viewer.seesAll() || viewer.speaksFor(holderId)) {
            return voucher -> true;
        }
        if (viewer.has(PartyRole.CORE_ENTERPRISE)) {
            return voucher -> viewer.is(voucher.obligorId());
        }
        throw ChaincodeException.notAllowed("only the holder, its operator and auditors may list a holder's vouchers");
    }

    /** A status list names no party: each voucher in it as {@link #voucher}. */
    public static Predicate<Voucher> vouchers(Viewer viewer) {
        return voucher -> voucher(viewer, voucher);
    }

    /** A pledge ties a tree to its invoices: who sees those invoices (seller and buyer). */
    public static boolean pledge(Viewer viewer, Invoice pledged) {
        return invoice(viewer, pledged);
    }

    // --- Financing

    public static boolean financing(Viewer viewer, Financing financing) {
        return viewer.seesAll() || viewer.speaksFor(financing.applicantId()) || viewer.speaksFor(financing.financierId());
    }

    /** The private terms: the two parties to them only (ask only once the financing is visible). */
    public static boolean financingTerms(Viewer viewer, Financing financing) {
        return viewer.is(financing.applicantId()) || viewer.is(financing.financierId());
    }

    // --- Settlement

    /** A core's settlement bank and account: the core and that bank. */
    public static boolean settlementAccount(Viewer viewer, SettlementAccount account) {
        return viewer.seesAll() || viewer.speaksFor(account.obligorId()) || viewer.speaksFor(account.bankId());
    }

    /**
     * The obligor, the bank that posted it (and auditors) see a payment whole; a payee sees it with only its own
     * payouts.
     */
    public static Sight settlementSight(Viewer viewer, SettlementOutcome outcome) {
        if (viewer.seesAll() || viewer.speaksFor(outcome.notice().obligorId()) || viewer.speaksFor(outcome.bankId())) {
            return Sight.WHOLE;
        }
        return outcome.payouts().stream().anyMatch(p -> viewer.speaksFor(p.holderId())) ? Sight.PART : Sight.NONE;
    }

    /** A payout's confirmation: who sees its payment whole, and the payee. */
    public static boolean payoutConfirmation(Viewer viewer, PayoutConfirmation confirmation, SettlementOutcome payment) {
        return settlementSight(viewer, payment) == Sight.WHOLE || viewer.speaksFor(confirmation.holderId());
    }

    /** The payment as the reader may see it, or empty when it may not see it at all. */
    public static Optional<SettlementOutcome> settlement(Viewer viewer, SettlementOutcome outcome) {
        return switch (settlementSight(viewer, outcome)) {
            case WHOLE -> Optional.of(outcome);
            case PART -> {
                List<Payout> own = outcome.payouts().stream().filter(p -> viewer.speaksFor(p.holderId())).toList();
                yield Optional.of(outcome.withPayouts(own));
            }
            case NONE -> Optional.empty();
        };
    }

    // --- ABS

    /** A deal whole, with everyone's positions and its history: its manager, its originator, auditors. */
    public static boolean dealWhole(Viewer viewer, Pool pool) {
        return viewer.seesAll() || viewer.speaksFor(pool.managerId()) || viewer.speaksFor(pool.originatorId());
    }

    /**
     * A voucher named in a pool's eligibility report, which only who sees the pool whole may ask for: who may see
     * the voucher ({@link #voucher}), and any voucher already in that pool (the deal's assets are the reader's).
     */
    public static boolean poolCandidate(Viewer viewer, Pool pool, Voucher voucher) {
        return voucher(viewer, voucher) || pool.id().equals(voucher.poolId());
    }

    /**
     * A deal: whole as {@link #dealWhole}; without other investors' positions for a service provider the manager
     * appointed to it (in any role) and, once subscription has opened, any investor.
     */
    public static Sight dealSight(Viewer viewer, Pool pool, DealStatus status, List<ProviderAppointment> appointments) {
        if (dealWhole(viewer, pool)) {
            return Sight.WHOLE;
        }
        if (appointedTo(viewer, appointments) || (viewer.has(PartyRole.INVESTOR) && OFFERED.contains(status))) {
            return Sight.PART;
        }
        return Sight.NONE;
    }

    private static boolean appointedTo(Viewer viewer, List<ProviderAppointment> appointments) {
        return viewer.has(PartyRole.SERVICE_PROVIDER) && appointments.stream().anyMatch(a -> viewer.is(a.providerId()));
    }

    /** The deal as the reader may see it: a partial reader gets allocations and holdings narrowed to its own. */
    public static Optional<DealView> deal(Viewer viewer, DealView view) {
        return switch (dealSight(viewer, view.pool(), view.deal().status(), view.appointments())) {
            case WHOLE -> Optional.of(view);
            case PART -> Optional.of(new DealView(view.pool(), ownPositions(viewer, view.deal()), view.assets(),
                    view.appointments(), view.attestations(), view.ratings(), view.reports()));
            case NONE -> Optional.empty();
        };
    }

    private static Deal ownPositions(Viewer viewer, Deal deal) {
        List<TrancheAllocation> allocations = deal.allocations().stream()
                .map(a -> new TrancheAllocation(a.trancheClass(), a.offeredUnits(), a.subscribedUnits(),
                        a.allocations().stream().filter(h -> viewer.is(h.investorId())).toList()))
                .toList();
        return new Deal(deal.poolId(), deal.status(), deal.structure(), allocations,
                deal.holdings().stream().filter(h -> viewer.is(h.investorId())).toList(), deal.waterfall(),
                deal.version());
    }

    /** An investor's holdings and payouts are its own list: the investor, its operator and auditors. */
    public static void requirePortfolio(Viewer viewer, String investorId) {
        if (!viewer.seesAll() && !viewer.speaksFor(investorId)) {
            throw ChaincodeException.notAllowed("only the investor itself, its operator or an auditor may see its portfolio");
        }
    }
}
