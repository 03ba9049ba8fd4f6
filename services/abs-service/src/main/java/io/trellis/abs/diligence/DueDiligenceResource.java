package io.trellis.abs.diligence;

import io.quarkus.security.Authenticated;
import io.trellis.abs.desk.PathEnums;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.Attestation;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.ProviderAppointment;
import io.trellis.chaincode.api.abs.TrancheRating;
import io.trellis.chaincode.api.abs.WithdrawAttestationRequest;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.EmptyBody;
import io.trellis.desk.Submission;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Due diligence that one side cannot fake: the manager appoints providers by role, only an appointee records for
 * its role, and an ADVERSE opinion keeps the deal closed until its author withdraws it.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DueDiligenceResource {
    private final Desk desk;

    DueDiligenceResource(Desk desk) {
        this.desk = desk;
    }

    @POST
    @Path("/{id}/appointments")
    @RolesAllowed(Viewer.SECURITIES_FIRM)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Appoint a KYC-approved service provider to the deal in a role (the manager, while"
            + " STRUCTURING); the same appointment again changes nothing")
    @APIResponse(responseCode = "201", description = "Committed: the appointment in a receipt")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, PARTY_NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DEAL_STRUCTURE_FROZEN (subscription has opened)")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE (not a KYC-approved service provider)")
    public Response appoint(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                            @RequestBody(content = @Content(schema = @Schema(implementation = AppointmentBody.class),
                                    examples = @ExampleObject(name = "law firm", value = """
                                            {"role":"LAW_FIRM","providerId":"91310000MA1K000005"}"""))) String body) {
        return desk.submit(key, body, AppointmentBody.class,
                b -> Submission.creation(TxName.APPOINT_PROVIDER, b.toRequest(id), ProviderAppointment.class));
    }

    @POST
    @Path("/{id}/attestations")
    @RolesAllowed(Viewer.SERVICE_PROVIDER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Record the caller's opinion of a kind (a provider appointed for that kind's role); it"
            + " replaces the caller's earlier one of the same kind")
    @APIResponse(responseCode = "201", description = "Committed: the attestation in a receipt")
    @APIResponse(responseCode = "403", description = "PROVIDER_NOT_APPOINTED")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND")
    public Response attest(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                           @RequestBody(content = @Content(schema = @Schema(implementation = AttestationBody.class),
                                   examples = @ExampleObject(name = "legal opinion", value = """
                                           {"kind":"LEGAL_OPINION","opinion":"UNQUALIFIED","documentHash":\
                                           "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"""))) String body) {
        return desk.submit(key, body, AttestationBody.class,
                b -> Submission.creation(TxName.RECORD_ATTESTATION, b.toRequest(id), Attestation.class));
    }

    @POST
    @Path("/{id}/attestations/{kind}/withdraw")
    @RolesAllowed(Viewer.SERVICE_PROVIDER)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Withdraw the caller's own attestation of that kind (its author, while STRUCTURING); no body."
            + " This is how an ADVERSE opinion stops blocking the deal")
    @APIResponse(responseCode = "200", description = "Committed: the attestation withdrawn, in a receipt")
    @APIResponse(responseCode = "400", description = "kind not one of LEGAL_OPINION, AUDIT, TRUSTEE, RATING")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, ATTESTATION_NOT_FOUND (the caller has none of"
            + " that kind on the deal)")
    @APIResponse(responseCode = "409", description = "DEAL_STRUCTURE_FROZEN (subscription has opened)")
    public Response withdraw(@PathParam("id") String id, @PathParam("kind") String kind,
                             @HeaderParam(Idempotency.HEADER) String key, String body) {
        return desk.submit(key, body, EmptyBody.class, b -> Submission.change(TxName.WITHDRAW_ATTESTATION,
                new WithdrawAttestationRequest(id, PathEnums.parse(AttestationKind.class, kind, "kind")),
                Attestation.class));
    }

    @POST
    @Path("/{id}/ratings")
    @RolesAllowed(Viewer.SERVICE_PROVIDER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Rate a tranche of the structure (the deal's appointed rating agency); replaces its earlier"
            + " rating of that tranche")
    @APIResponse(responseCode = "201", description = "Committed: the rating in a receipt")
    @APIResponse(responseCode = "403", description = "PROVIDER_NOT_APPOINTED")
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND, TRANCHE_NOT_FOUND")
    public Response rate(@PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key,
                         @RequestBody(content = @Content(schema = @Schema(implementation = RatingBody.class),
                                 examples = @ExampleObject(name = "senior", value = """
                                         {"trancheClass":"SENIOR","grade":"AAA"}"""))) String body) {
        return desk.submit(key, body, RatingBody.class,
                b -> Submission.creation(TxName.RECORD_RATING, b.toRequest(id), TrancheRating.class));
    }
}
