package io.trellis.scf.settlement;

import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.settlement.SettlementAccount;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.desk.Desk;
import io.trellis.desk.DeskApi;
import io.trellis.desk.Submission;
import io.trellis.desk.idempotency.Idempotency;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.Viewer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * A core enterprise's settlement bank: the only bank whose payment notices settle its vouchers. The core designates
 * it on the ledger; the read model shows it to that core, its designated bank, auditors and operators.
 */
@Path("/settlement-account")
@Produces(MediaType.APPLICATION_JSON)
public class SettlementAccountResource {
    private final Desk desk;
    private final TokenCaller caller;

    SettlementAccountResource(Desk desk, TokenCaller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    /**
     * The settlement account of {@code obligor} (absent: the caller's own party). One the caller may not see is
     * reported like one never designated.
     */
    @GET
    @Authenticated
    @Operation(summary = "A core enterprise's settlement bank and account: for the core, its bank, their operators and auditors")
    @APIResponse(responseCode = "200", description = "The newest designation")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED (no obligor given and the token names no party)")
    @APIResponse(responseCode = "404", description = "SETTLEMENT_ACCOUNT_NOT_FOUND")
    public SettlementAccountDto get(@QueryParam("obligor") String obligor) {
        Viewer viewer = caller.viewer();
        String obligorId = obligor == null ? viewer.ownParty(null) : obligor;
        SettlementAccountView account = SettlementAccountView.findById(obligorId);
        if (account == null || !viewer.sees(account.obligorId, account.bankId)) {
            throw new ProblemException(ErrorCode.SETTLEMENT_ACCOUNT_NOT_FOUND,
                    "no settlement account of " + obligorId);
        }
        return SettlementAccountDto.of(account);
    }

    @POST
    @RolesAllowed(Viewer.CORE_ENTERPRISE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = DeskApi.TAG)
    @Operation(summary = "Designate (or re-designate) the calling core enterprise's settlement bank and account")
    @APIResponse(responseCode = "200", description = "Committed: the settlement account (version 1 at first) in a receipt")
    @APIResponse(responseCode = "404", description = "PARTY_NOT_FOUND (bank)")
    @APIResponse(responseCode = "422", description = "COUNTERPARTY_NOT_ELIGIBLE (not a KYC-approved financier)")
    public Response designate(@HeaderParam(Idempotency.HEADER) String key,
                              @RequestBody(content = @Content(schema = @Schema(implementation = SettlementAccountBody.class),
                                      examples = @ExampleObject(name = "account", value = """
                                              {"bankId":"91310000MA1K000004","accountNumber":"6222-0210-0100-1234"}\
                                              """))) String body) {
        return desk.submit(key, body, SettlementAccountBody.class, b -> Submission.change(
                TxName.DESIGNATE_SETTLEMENT_BANK, new SettlementAccountRequest(b.bankId(), b.accountNumber()),
                SettlementAccount.class));
    }
}
