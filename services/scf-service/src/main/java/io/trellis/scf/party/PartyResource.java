package io.trellis.scf.party;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.paging.Filter;
import io.trellis.desk.paging.PageParams;
import io.trellis.desk.paging.Paged;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.VisibleRows;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The party registry over REST: writes go to the ledger, reads come from the read model. */
@Path("/parties")
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {
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
    @Operation(summary = "Register a party of the operator's own organisation (a bank's or securities firm's needs"
            + " the platform's admission first)")
    @APIResponse(responseCode = "201", description = "Committed: the party (KYC PENDING) in a receipt")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED, PARTY_NOT_ADMITTED, PARTY_IDENTITY_NOT_HOSTED")
    @APIResponse(responseCode = "409", description = "PARTY_ALREADY_REGISTERED, IDENTITY_ALREADY_BOUND")
    @APIResponse(responseCode = "422", description = "ROLE_NOT_HOSTED_BY_ORG")
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

    /**
     * The platform's operator admits company {@code id} to the organisation that may then register it (the
     * consortium's company registry); answers once committed. Another organisation's operator is refused by the
     * chaincode (NOT_ALLOWED).
     */
    @POST
    @Path("/{id}/admission")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Admit company {id} to an organisation other than the platform (the platform's operator)")
    @APIResponse(responseCode = "200", description = "Committed (or already admitted to that organisation): the"
            + " admission in a receipt")
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT (id, org unknown or PlatformMSP, body)")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED (not the platform's operator)")
    @APIResponse(responseCode = "409", description = "PARTY_ALREADY_REGISTERED")
    public AdmissionReceipt admit(@PathParam("id") String id,
                                  @RequestBody(content = @Content(schema = @Schema(implementation = AdmitPartyBody.class),
                                          examples = @ExampleObject(name = "bank", value = "{\"org\":\"BankMSP\"}")))
                                  String body) {
        return registry.admit(id, body, caller.org());
    }

    /** The directory as the caller may see it: every party for a party, its own organisation's for an operator. */
    @GET
    @Authenticated
    public Paged<PartyDto> list(@QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        Filter filter = new Filter().where(VisibleRows.directory(caller.viewer()));
        return paging.fetch(PartyView.find(filter.query(), Sort.by("id"), filter.parameters()), PartyDto::of);
    }

    /** A party the caller may not see (another organisation's, for an operator) is reported like a missing one. */
    @GET
    @Path("/{id}")
    @Authenticated
    public PartyDto get(@PathParam("id") String id) {
        Filter filter = new Filter().equal("id", id).where(VisibleRows.directory(caller.viewer()));
        return PartyView.<PartyView>find(filter.query(), filter.parameters()).firstResultOptional()
                .map(PartyDto::of)
                .orElseThrow(() -> new ProblemException(ErrorCode.PARTY_NOT_FOUND, "no party " + id));
    }
}
