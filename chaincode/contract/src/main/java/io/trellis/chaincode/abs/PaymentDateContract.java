package io.trellis.chaincode.abs;

import io.trellis.abs.rules.DefaultRule;
import io.trellis.abs.rules.Waterfall;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealStructure;
import io.trellis.chaincode.api.abs.Distribution;
import io.trellis.chaincode.api.abs.InvestorPayout;
import io.trellis.chaincode.api.abs.PaymentPeriod;
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.PoolCollection;
import io.trellis.chaincode.api.abs.RunPaymentDateRequest;
import io.trellis.chaincode.api.event.InvestorPayoutInstructed;
import io.trellis.chaincode.api.event.ServicerReportRecorded;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment date: the manager runs the waterfall over the cash collected since the last one, with the pool's
 * defaults as of that date; investors get payout instructions and the servicer report is anchored.
 */
public final class PaymentDateContract {

    private PaymentDateContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.RUN_PAYMENT_DATE, PaymentDateContract::run);
    }

    static Distribution run(TxContext ctx, String argument) {
        RunPaymentDateRequest request = Arguments.decode(argument, RunPaymentDateRequest.class);
        ManagedDeal managed = ManagedDeal.load(ctx, request.poolId());
        Deal deal = managed.deal();
        DealLifecycle.requireDistributable(deal.status());
        DealStructure structure = deal.structure();
        LocalDate paymentDate = Waterfall.dueDate(structure, deal.waterfall(), ctx.businessDate());
        CollectionRepository collections = new CollectionRepository(ctx.state());
        List<PoolCollection> collected = collections.pending(deal.poolId());
        Money defaulted = DefaultRule.defaultedPrincipal(new PooledVouchers(ctx).current(deal.poolId()), paymentDate,
                structure.currency());
        Distribution distribution = Waterfall.distribute(structure, deal.holdings(), deal.waterfall(),
                new PaymentPeriod(paymentDate, PoolCollections.total(collected, structure.currency()), defaulted,
                        request.documentHash()));

        collections.take(collected, paymentDate);
        managed.deals().save(deal.poolId(), distribution.report());
        ctx.emit(new ServicerReportRecorded(deal.poolId(), distribution.report()));
        InvestorRepository investors = new InvestorRepository(ctx.state());
        for (PayoutInstruction payout : distribution.payouts()) {
            InvestorPayout instructed = new InvestorPayout(deal.poolId(), paymentDate, payout);
            investors.save(instructed);
            ctx.emit(new InvestorPayoutInstructed(instructed));
        }
        managed.update(deal.distributed(DealLifecycle.afterDistribution(deal.status(), distribution.state()),
                distribution.state()));
        return distribution;
    }
}
