package io.trellis.scf.party;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.scf.problem.ProblemException;
import io.trellis.scf.security.TokenCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The party registry over REST: writes go to the ledger, reads come from the read model. */
@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {
    static final int MAX_PAGE_SIZE = 200;

    private final PartyRegistry registry;
    private final TokenCaller caller;

    PartyResource(PartyRegistry registry, TokenCaller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    /** Registers a party of the operator's own organisation; answers once the transaction is committed. */
    @POST
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body) {
        PartyReceipt receipt = registry.register(body, caller.org());
        return Response.created(URI.create("/parties/" + receipt.party().id())).entity(receipt).build();
    }

    /** Approves or rejects a pending party of the operator's organisation; answers once committed. */
    @POST
    @Path("/{id}/kyc")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    public PartyReceipt reviewKyc(@PathParam("id") String id, String body) {
        return registry.reviewKyc(id, body, caller.org());
    }

    @GET
    @Authenticated
    public PartyPage list(@QueryParam("page") @DefaultValue("0") int page,
                          @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ProblemException(ErrorCode.INVALID_ARGUMENT,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        PanacheQuery<PartyView> query = PartyView.findAll(Sort.by("id")).page(page, size);
        List<PartyDto> items = query.<PartyView>list().stream().map(PartyDto::of).toList();
        return new PartyPage(items, page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public PartyDto get(@PathParam("id") String id) {
        PartyView view = PartyView.findById(id);
        if (view == null) {
            throw new ProblemException(ErrorCode.PARTY_NOT_FOUND, "no party " + id);
        }
        return PartyDto.of(view);
    }

    /** One page of parties, in id order. */
    public record PartyPage(List<PartyDto> items, int page, int size, long total) {
    }
}
