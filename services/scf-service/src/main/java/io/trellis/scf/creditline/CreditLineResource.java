package io.trellis.scf.creditline;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.scf.paging.Filter;
import io.trellis.scf.paging.PageParams;
import io.trellis.scf.paging.Paged;
import io.trellis.scf.security.TokenCaller;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Credit lines from the read model, narrowed to what the caller may see (see {@link CreditLineVisibility}). */
@Path("/credit-lines")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CreditLineResource {
    private final TokenCaller caller;

    CreditLineResource(TokenCaller caller) {
        this.caller = caller;
    }

    /** Lines in id order (financier, then obligor). */
    @GET
    public Paged<CreditLineDto> list(@QueryParam("financier") String financier,
                                     @QueryParam("obligor") String obligor,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        CreditLineVisibility.Scope scope = CreditLineVisibility.listing(caller.viewer(), financier, obligor);
        Filter filter = new Filter().equal("financierId", scope.financierId()).equal("obligorId", scope.obligorId());
        return paging.fetch(CreditLineView.find(filter.query(), Sort.by("id"), filter.parameters()),
                CreditLineDto::of);
    }
}
