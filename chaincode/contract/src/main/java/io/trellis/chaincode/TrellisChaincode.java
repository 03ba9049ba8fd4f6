package io.trellis.chaincode;

import io.trellis.chaincode.abs.AbsQueryContract;
import io.trellis.chaincode.abs.DealContract;
import io.trellis.chaincode.abs.DueDiligenceContract;
import io.trellis.chaincode.abs.OfferingContract;
import io.trellis.chaincode.abs.PaymentDateContract;
import io.trellis.chaincode.abs.PoolContract;
import io.trellis.chaincode.core.CallerResolver;
import io.trellis.chaincode.core.ProposalClock;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.X509CallerResolver;
import io.trellis.chaincode.config.ConfigContract;
import io.trellis.chaincode.creditline.CreditLineContract;
import io.trellis.chaincode.financing.FinancingContract;
import io.trellis.chaincode.heartbeat.HeartbeatContract;
import io.trellis.chaincode.history.HistoryContract;
import io.trellis.chaincode.invoice.InvoiceContract;
import io.trellis.chaincode.voucher.VoucherContract;
import io.trellis.chaincode.party.PartyContract;
import io.trellis.chaincode.settlement.PayoutContract;
import io.trellis.chaincode.settlement.SettlementAccountContract;
import io.trellis.chaincode.settlement.SettlementContract;
import java.util.Properties;
import org.hyperledger.fabric.metrics.Metrics;
import org.hyperledger.fabric.traces.Traces;
import org.hyperledger.fabric.shim.ChaincodeBase;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ResponseUtils;

/** The chaincode 'trellis': every transaction of every feature, behind one router. */
public final class TrellisChaincode extends ChaincodeBase {
    private final Router router;

    public TrellisChaincode(ProposalClock clock) {
        this(new X509CallerResolver(), clock);
    }

    public TrellisChaincode(CallerResolver callers, ProposalClock clock) {
        this.router = new Router(callers, clock);
        PartyContract.registerOn(router);
        ConfigContract.registerOn(router);
        CreditLineContract.registerOn(router);
        InvoiceContract.registerOn(router);
        VoucherContract.registerOn(router);
        FinancingContract.registerOn(router);
        SettlementContract.registerOn(router);
        SettlementAccountContract.registerOn(router);
        PayoutContract.registerOn(router);
        HistoryContract.registerOn(router);
        HeartbeatContract.registerOn(router);
        PoolContract.registerOn(router);
        DueDiligenceContract.registerOn(router);
        DealContract.registerOn(router);
        OfferingContract.registerOn(router);
        PaymentDateContract.registerOn(router);
        AbsQueryContract.registerOn(router);
    }

    /**
     * Reads the environment and the shim's configuration, as {@code start} does for a chaincode that dials
     * its peer; a chaincode that serves peers (CCaaS) needs the same before the first connection.
     */
    void prepareToServe() {
        initializeLogging();
        processEnvironmentOptions();
        validateOptions();
        Properties config = getChaincodeConfig();
        Metrics.initialize(config);
        Traces.initialize(config);
    }

    @Override
    public Response init(ChaincodeStub stub) {
        return ResponseUtils.newSuccessResponse();
    }

    @Override
    public Response invoke(ChaincodeStub stub) {
        return router.route(stub);
    }
}
