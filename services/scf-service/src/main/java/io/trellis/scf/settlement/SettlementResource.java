package io.trellis.scf.settlement;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Settled payments from the read model, one bank's payment id each (see {@link SettlementVisibility}). */
@Path("/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SettlementResource {
    private final TokenCaller caller;

    SettlementResource(TokenCaller caller) {
        this.caller = caller;
    }

    /**
     * The payment {@code paymentId} posted by {@code bankId}, payouts in voucher id order, which is the order
     * settlement paid them (one maturity per payment). A payment the caller may not see is reported like one that
     * does not exist.
     */
    @GET
    @Path("/{bankId}/{paymentId}")
    public SettlementDto get(@PathParam("bankId") String bankId, @PathParam("paymentId") String paymentId) {
        SettlementView payment = SettlementView.findById(new SettlementView.Key(bankId, paymentId));
        if (payment == null) {
            throw notFound(bankId, paymentId);
        }
        List<PayoutView> payouts = PayoutView.list("bankId = ?1 and paymentId = ?2", Sort.by("voucherId"), bankId,
                paymentId);
        return SettlementVisibility.payoutsFor(caller.viewer(), payment, payouts)
                .map(visible -> SettlementDto.of(payment, visible))
                .orElseThrow(() -> notFound(bankId, paymentId));
    }

    private static ProblemException notFound(String bankId, String paymentId) {
        return new ProblemException(ErrorCode.SETTLEMENT_NOT_FOUND, "no settlement " + paymentId + " of bank " + bankId);
    }
}
