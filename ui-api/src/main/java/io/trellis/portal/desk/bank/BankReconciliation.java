package io.trellis.portal.desk.bank;

import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import io.trellis.portal.desk.bank.BankViews.ReconciliationDay;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    /** Per business date between {@code from} and {@code to} (ISO, inclusive, at most 366 days apart). */
    @GET
    @Path("reconciliation")
    List<ReconciliationDay> days(@QueryParam("from") String from, @QueryParam("to") String to);
}
