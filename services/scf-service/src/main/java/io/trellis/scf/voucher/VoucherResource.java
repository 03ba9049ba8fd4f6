package io.trellis.scf.voucher;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.voucher.LineageNode;
import io.trellis.chaincode.api.voucher.VoucherLineage;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.scf.paging.Filter;
import io.trellis.scf.paging.PageParams;
import io.trellis.scf.paging.Paged;
import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.TokenCaller;
import io.trellis.scf.security.Viewer;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** Vouchers from the read model, narrowed to what the caller may see (see {@link VoucherVisibility}). */
@Path("/vouchers")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VoucherResource {
    private final TokenCaller caller;

    VoucherResource(TokenCaller caller) {
        this.caller = caller;
    }

    /** The caller's vouchers in id order, which is each tree depth first. */
    @GET
    public Paged<VoucherDto> list(@QueryParam("holder") String holder, @QueryParam("status") String status,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        VoucherVisibility.Scope scope = VoucherVisibility.listing(caller.viewer(), holder);
        Filter filter = new Filter()
                .equal("holderId", scope.holderId())
                .equal("obligorId", scope.obligorId())
                .equal("status", status == null ? null : statusOf(status).name());
        return paging.fetch(VoucherView.find(filter.query(), Sort.by("id"), filter.parameters()), VoucherDto::of);
    }

    @GET
    @Path("/{id}")
    public VoucherDto get(@PathParam("id") String id) {
        return VoucherDto.of(visible(id, caller.viewer()));
    }

    /** The tree under the voucher's root, root first then depth first: for the obligor and auditors only. */
    @GET
    @Path("/{id}/lineage")
    public VoucherLineage lineage(@PathParam("id") String id) {
        Viewer viewer = caller.viewer();
        VoucherView voucher = visible(id, viewer);
        if (!VoucherVisibility.canSeeLineage(viewer, voucher)) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED, "only the obligor or an auditor may see a whole lineage");
        }
        List<VoucherView> tree = VoucherView.list("rootId", Sort.by("id"), voucher.rootId);
        return new VoucherLineage(voucher.rootId, voucher.obligorId, tree.stream().map(VoucherResource::node).toList());
    }

    /** A voucher the caller may not see is reported exactly like one that does not exist. */
    private static VoucherView visible(String id, Viewer viewer) {
        VoucherView voucher = VoucherView.findById(id);
        if (voucher == null || !VoucherVisibility.canSee(viewer, voucher)) {
            throw new ProblemException(ErrorCode.VOUCHER_NOT_FOUND, "no voucher " + id);
        }
        return voucher;
    }

    private static LineageNode node(VoucherView view) {
        return new LineageNode(view.id, view.parentId, view.holderId, Money.of(view.amountMinor, view.currency),
                Money.of(view.outstandingMinor, view.currency), view.tier, VoucherStatus.valueOf(view.status));
    }

    private static VoucherStatus statusOf(String status) {
        return Arrays.stream(VoucherStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElseThrow(() -> new ProblemException(ErrorCode.INVALID_ARGUMENT,
                        "status '" + status + "' is not one of " + Arrays.toString(VoucherStatus.values())));
    }
}
