package io.trellis.portal.desk.bank;

import io.trellis.chaincode.api.Money;
import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** settlement-service's reconciliation, as the signed-in bank's user: its own bank's payouts only. */
@RegisterRestClient(configKey = "settlement")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface BankReconciliation {

    /** settlement-service's reconciliation of one business date: totals as decimal text, unconfirmed payouts. */
    record ReconciliationDay(LocalDate date, String currency, int instructedCount, String instructedTotal,
            int confirmedCount, String confirmedTotal, List<MissingPayout> missing) {
        public Money instructed() {
            return fromDecimal(instructedTotal, currency);
        }

        public Money confirmed() {
            return fromDecimal(confirmedTotal, currency);
        }

        /** settlement-service writes totals as decimal text with two decimals: exactly that many fen. */
        private static Money fromDecimal(String amount, String currency) {
            return Money.of(new BigDecimal(amount).movePointRight(2).longValueExact(), currency);
        }
    }

    record MissingPayout(String payoutId, String paymentId, String payeeId, String poolId, String amount,
            String currency) {
    }

    /** Per business date between {@code from} and {@code to} (ISO, inclusive, at most 366 days apart). */
    @GET
    @Path("reconciliation")
    List<ReconciliationDay> days(@QueryParam("from") String from, @QueryParam("to") String to);
}
