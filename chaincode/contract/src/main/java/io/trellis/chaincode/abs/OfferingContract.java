package io.trellis.chaincode.abs;

import io.trellis.abs.rules.DealStructureRules;
import io.trellis.abs.rules.Waterfall;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.PoolCollection;
import io.trellis.chaincode.api.abs.ResizeTrancheRequest;
import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.Subscription;
import io.trellis.chaincode.api.abs.TrancheAllocation;
import io.trellis.chaincode.api.abs.WaterfallState;
import io.trellis.chaincode.api.event.DealAllocated;
import io.trellis.chaincode.api.event.DealStructured;
import io.trellis.chaincode.api.event.HoldingsIssued;
import io.trellis.chaincode.api.event.SubscriptionPlaced;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.party.ActingParty;
import java.util.List;
import java.util.Set;

/** The offer: the manager opens and closes subscription, resizes an undersubscribed tranche and issues; investors order. */
public final class OfferingContract {

    private OfferingContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.OPEN_SUBSCRIPTION, OfferingContract::open)
                .register(TxName.SUBSCRIBE, OfferingContract::subscribe)
                .register(TxName.CLOSE_SUBSCRIPTION, OfferingContract::close)
                .register(TxName.RESIZE_TRANCHE, OfferingContract::resize)
                .register(TxName.ISSUE_DEAL, OfferingContract::issue);
    }

    /** Freezes pool and structure; the structure is measured against the pool as it now is. */
    static Deal open(TxContext ctx, String argument) {
        DealRequest request = Arguments.decode(argument, DealRequest.class);
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        Deal deal = managed.deal();
        DealStructure structure = Offering.structureOf(deal).withPoolPrincipal(managed.pool().principal());
        DealStatus open = DealLifecycle.openSubscription(deal.status(), structure,
                Set.copyOf(managed.pool().requiredAttestations()), managed.deals().dueDiligence(deal.poolId()));
        return managed.update(deal.withAllocations(open, structure, List.of()));
    }

    /** An order replaces the investor's earlier order for the tranche; orders are read only at close. */
    static Subscription subscribe(TxContext ctx, String argument) {
        SubscribeRequest request = Arguments.decode(argument, SubscribeRequest.class);
        Party investor = ActingParty.withRole(ctx, PartyRole.INVESTOR);
        PoolRules.requirePoolId(request.poolId());
        DealRepository deals = new DealRepository(ctx.state());
        Deal deal = deals.get(request.poolId());
        DealLifecycle.requireSubscriptionOpen(deal.status());
        Subscription subscription = Offering.subscription(request, investor.id(), Offering.structureOf(deal));
        deals.save(deal.poolId(), subscription);
        ctx.emit(new SubscriptionPlaced(deal.poolId(), subscription));
        return subscription;
    }

    static Deal close(TxContext ctx, String argument) {
        DealRequest request = Arguments.decode(argument, DealRequest.class);
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        Deal deal = managed.deal();
        DealStatus allocated = DealLifecycle.transition(deal.status(), DealStatus.ALLOCATED);
        List<TrancheAllocation> allocations = Allocation.close(deal.structure(),
                managed.deals().subscriptions(deal.poolId()));
        Deal after = managed.update(deal.withAllocations(allocated, deal.structure(), allocations));
        ctx.emit(new DealAllocated(after.poolId(), allocations));
        return after;
    }

    /** Shrinks an undersubscribed tranche and allocates the orders again against the new size. */
    static Deal resize(TxContext ctx, String argument) {
        ResizeTrancheRequest request = Arguments.decode(argument, ResizeTrancheRequest.class);
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        Deal deal = managed.deal();
        DealLifecycle.requireResizable(deal.status());
        DealStructure resized = DealStructureRules.resize(deal.structure(),
                Offering.allocationOf(deal, request.trancheClass()), request.units());
        List<TrancheAllocation> allocations = Allocation.close(resized, managed.deals().subscriptions(deal.poolId()));
        Deal after = managed.update(deal.withAllocations(deal.status(), resized, allocations));
        ctx.emit(new DealStructured(after.poolId(), resized));
        ctx.emit(new DealAllocated(after.poolId(), allocations));
        return after;
    }

    /** Holdings from a full allocation; cash the pool collected before issuance is carried into the first date. */
    static Deal issue(TxContext ctx, String argument) {
        DealRequest request = Arguments.decode(argument, DealRequest.class);
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        Deal deal = managed.deal();
        DealLifecycle.transition(deal.status(), DealStatus.ISSUED);
        List<Holding> holdings = Issuance.issue(deal.allocations());
        CollectionRepository collections = new CollectionRepository(ctx.state());
        List<PoolCollection> preIssue = collections.pending(deal.poolId());
        WaterfallState initial = Waterfall.initialState(deal.structure(),
                PoolCollections.total(preIssue, deal.structure().currency()));
        collections.take(preIssue, deal.structure().issueDate());
        InvestorRepository investors = new InvestorRepository(ctx.state());
        holdings.forEach(holding -> investors.save(deal.poolId(), holding));
        Deal after = managed.update(deal.issued(holdings, initial));
        ctx.emit(new HoldingsIssued(after.poolId(), holdings));
        return after;
    }
}
