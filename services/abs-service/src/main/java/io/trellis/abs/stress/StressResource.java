package io.trellis.abs.stress;

import io.quarkus.security.Authenticated;
import io.trellis.abs.desk.CallerQueries;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.DealView;
import io.trellis.desk.Bodies;
import io.trellis.desk.problem.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The stress test before issuance (docs/abs.md §9): the deal's structure and pool read with {@code GetDeal} on the
 * chaincode as the caller, so the chaincode decides who may run it (whoever may read the deal: every input the
 * engine takes is in what that reader sees), then the chaincode's own waterfall run over the scenario's paths.
 * Nothing is written to the ledger: no Idempotency-Key.
 */
@Path("/deals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class StressResource {
    private final Bodies bodies;
    private final CallerQueries queries;
    private final StressRunner runner;

    StressResource(Bodies bodies, CallerQueries queries, StressRunner runner) {
        this.bodies = bodies;
        this.queries = queries;
        this.runner = runner;
    }

    @POST
    @Path("/{id}/stress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stress test before issuance: the deal's own waterfall over random default paths"
            + " (read-only, no Idempotency-Key)",
            description = "For whoever may read the deal (GetDeal as the caller): its manager, originator, auditors,"
                    + " the operators of their organisations, a provider appointed to it and, once subscription has"
                    + " opened, any investor. Runs the deal's structure, measured against the pool as it is now, over"
                    + " the pool's vouchers as they were pooled (obligor, outstanding when added, maturity): each"
                    + " obligor defaults on a path with its default rate (all its vouchers together), a defaulted"
                    + " voucher recovers its recovery rate that many days after maturity, and every payment date runs"
                    + " the chaincode's Waterfall. Answers per tranche (most senior first): expected loss in fen and"
                    + " in bp of principal, paths with a loss and their share in bp, worst loss, the first payment"
                    + " date at which any path had a shortfall, weighted average life in years; and the paths, seed"
                    + " and inputs used. Same deal version, scenario and seed: the same answer. Nothing is written.")
    @APIResponse(responseCode = "200", description = "The stress test's inputs and result", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StressAnswer.class)))
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT: malformed body, unknown or duplicate field,"
            + " a fraction where an integer belongs, a field missing or out of range (paths 1..100,000, rates"
            + " 0..10,000 bp, delay 0..3,650 days), an obligor in byObligor that owes no voucher of the pool,"
            + " not a pool id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "no or invalid bearer token")
    @APIResponse(responseCode = "403", description = "CALLER_NOT_REGISTERED, PARTY_NOT_KYC_APPROVED,"
            + " PARTY_IDENTITY_NOT_HOSTED, NOT_ALLOWED (an operator of no Trellis organisation)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "POOL_NOT_FOUND: no such deal, or one the caller may not read"
            + " (answered alike)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "DEAL_STATE_CONFLICT: the deal has no structure yet, or it is"
            + " issued, amortising, matured or cancelled (the stress test runs before issuance)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "the structure rules of docs/abs.md §2 against the pool now"
            + " (TRANCHES_EXCEED_POOL_PRINCIPAL once vouchers were taken out, ...), CURRENCY_MISMATCH",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "LEDGER_UNAVAILABLE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public StressAnswer stress(@PathParam("id") String id,
                           @RequestBody(content = @Content(schema = @Schema(implementation = StressBody.class),
                                   examples = @ExampleObject(name = "5% default, 40% recovered after 180 days", value = """
                                           {"everyObligor":{"defaultRateBp":500,"recoveryRateBp":4000,"recoveryDelayDays":180},\
                                           "byObligor":{"<obligor id>":{"defaultRateBp":2000,"recoveryRateBp":0,"recoveryDelayDays":0}},\
                                           "paths":10000,"seed":20260401}\
                                           """))) String body) {
        StressScenario scenario = bodies.read(body, StressBody.class).toScenario();
        DealView deal = queries.evaluate(TxName.GET_DEAL, id, DealView.class);
        StressRequest inputs = DealStressInputs.of(deal, scenario);
        return new StressAnswer(deal.deal().poolId(), deal.deal().status(), deal.deal().version(), inputs,
                runner.run(inputs));
    }
}
