package io.trellis.portal.scf;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import io.trellis.portal.backend.ProblemResponses;
import io.trellis.portal.backend.UserToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** scf-service's credit vouchers: issued by a core enterprise, accepted, split and passed on by suppliers. */
@RegisterRestClient(configKey = "scf")
@RegisterClientHeaders(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface Vouchers {
    /** The maturity date {@code yyyy-MM-dd} as typed: the service checks it. */
    record Issue(String supplierId, AmountText amount, String maturityDate, List<String> invoiceIds) {
    }

    record Split(List<AmountText> parts) {
    }

    record Transfer(String recipientId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Rejection(String reason) {
    }

    /**
     * Without {@code holderId}: every voucher naming the caller as holder or obligor; with it, that holder's
     * vouchers (the holder itself, or a core enterprise for those it owes). {@code status} may be null.
     */
    @GET
    Listing<VoucherView> list(@QueryParam("holder") String holderId, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    VoucherView get(@PathParam("id") String id);

    /** The whole tree from the issued root down: only the obligor (and auditors) may read it. */
    @GET
    @Path("/{id}/lineage")
    VoucherLineage lineage(@PathParam("id") String id);

    @POST
    Receipt<VoucherView> issue(Issue issue);

    @POST
    @Path("/{id}/accept")
    Receipt<VoucherView> accept(@PathParam("id") String id);

    @POST
    @Path("/{id}/reject")
    Receipt<VoucherView> reject(@PathParam("id") String id, Rejection rejection);

    /** Answers the children, in order of the parts. */
    @POST
    @Path("/{id}/split")
    Receipt<List<VoucherView>> split(@PathParam("id") String id, Split split);

    /** Answers the child the recipient now holds. */
    @POST
    @Path("/{id}/transfer")
    Receipt<VoucherView> transfer(@PathParam("id") String id, Transfer transfer);
}
