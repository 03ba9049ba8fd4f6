package io.trellis.abs.readmodel;

import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.desk.paging.PageParams;
import io.trellis.desk.paging.Paged;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Deals from the read model (never the ledger), narrowed to what the caller may see ({@link DealVisibility}): a
 * deal the caller may not see is POOL_NOT_FOUND, exactly as one that does not exist.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = DealReadResource.TAG)
public class DealReadResource {
    static final String TAG = "Read models";
    private static final String NOT_FOUND = "POOL_NOT_FOUND, also for a deal the caller may not see";

    private final TokenCaller caller;
    private final DealReads reads;

    DealReadResource(TokenCaller caller, DealReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "The deals the caller may see, by pool id: status, parties, pool, structure, tranches,"
            + " trigger state")
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (status, page or size)")
    public Paged<DealSummary> list(@QueryParam("status") String status,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        return reads.list(caller.viewer(), status == null ? null : statusOf(status), paging);
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "One deal as GET /deals lists it")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public DealSummary summary(@PathParam("id") String id) {
        return reads.summary(seen(id));
    }

    @GET
    @Path("/{id}/pool")
    @Operation(summary = "The pooled vouchers by voucher id, seen through: obligor, principal at pooling, maturity,"
            + " and the voucher's status and outstanding now (OVERDUE, SETTLED ...)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Paged<PooledVoucherDto> pool(@PathParam("id") String id,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        return reads.pool(seen(id), paging);
    }

    @GET
    @Path("/{id}/pool/obligors")
    @Operation(summary = "What each obligor owes the pool at pooling, largest first")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<ObligorShare> obligors(@PathParam("id") String id) {
        return reads.obligors(seen(id));
    }

    @GET
    @Path("/{id}/tranches")
    @Operation(summary = "The tranches, most senior first: terms, units offered and subscribed, outstanding principal"
            + " and interest arrears after the last payment date")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<TrancheDto> tranches(@PathParam("id") String id) {
        return reads.tranches(seen(id));
    }

    @GET
    @Path("/{id}/holdings")
    @Operation(summary = "Holdings since issuance: every investor's for who sees the deal whole, else the caller's own")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<HoldingDto> holdings(@PathParam("id") String id) {
        return reads.holdings(seen(id));
    }

    @GET
    @Path("/{id}/distributions")
    @Operation(summary = "Every payment date run, in date order: the servicer report's figures, steps, tranche"
            + " balances after the date, and the payouts the caller may see")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<DistributionDto> distributions(@PathParam("id") String id) {
        return reads.distributions(seen(id));
    }

    @GET
    @Path("/{id}/due-diligence")
    @Operation(summary = "Appointed providers, attestations on record (withdrawn ones gone) and tranche ratings")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public DueDiligenceDto dueDiligence(@PathParam("id") String id) {
        return reads.dueDiligence(seen(id));
    }

    private SeenDeal seen(String id) {
        return DealVisibility.seen(caller.viewer(), id);
    }

    private static DealStatus statusOf(String status) {
        return Arrays.stream(DealStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElseThrow(() -> new ProblemException(ErrorCode.INVALID_ARGUMENT,
                        "status must be one of " + Arrays.toString(DealStatus.values())));
    }
}
