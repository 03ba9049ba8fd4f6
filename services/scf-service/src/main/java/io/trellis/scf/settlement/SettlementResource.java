package io.trellis.scf.settlement;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.TokenCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Settled payments from the read model (see {@link SettlementVisibility}). */
@Path("/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SettlementResource {
    private final TokenCaller caller;

    SettlementResource(TokenCaller caller) {
        this.caller = caller;
    }

    /**
     * Payouts in voucher id order, which is the order settlement paid them (one maturity per payment). A payment
     * the caller may not see is reported like one that does not exist.
     */
    @GET
    @Path("/{paymentId}")
    public SettlementDto get(@PathParam("paymentId") String paymentId) {
        SettlementView payment = SettlementView.findById(paymentId);
        if (payment == null) {
            throw notFound(paymentId);
        }
        List<PayoutView> payouts = PayoutView.list("key.paymentId", Sort.by("key.voucherId"), paymentId);
        return SettlementVisibility.payoutsFor(caller.viewer(), payment, payouts)
                .map(visible -> SettlementDto.of(payment, visible))
                .orElseThrow(() -> notFound(paymentId));
    }

    private static ProblemException notFound(String paymentId) {
        return new ProblemException(ErrorCode.SETTLEMENT_NOT_FOUND, "no settlement " + paymentId);
    }
}
