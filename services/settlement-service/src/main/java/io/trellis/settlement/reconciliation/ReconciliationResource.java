package io.trellis.settlement.reconciliation;

import io.quarkus.security.identity.SecurityIdentity;
import io.trellis.chaincode.api.BusinessDate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Instructed, confirmed and missing payouts per business date. A bank's user sees its own bank's payouts, an
 * auditor all, an operator those that name a party of its own organisation ({@link PayoutScope}).
 */
@Path("/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {
    private static final int MAX_DAYS = 366;
    /** The operator's organisation (MSP id), as Keycloak puts it in the token (scf-service reads the same claim). */
    private static final String ORG_CLAIM = "org_msp";

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final Clock clock;

    ReconciliationResource(JsonWebToken token, SecurityIdentity identity, Clock clock) {
        this.token = token;
        this.identity = identity;
        this.clock = clock;
    }

    /** {@code from} and {@code to} are ISO dates, both inclusive; each defaults to today. */
    @GET
    @RolesAllowed({"financier", "auditor", "operator"})
    @Operation(summary = "Instructed, confirmed and missing payouts per business date",
            description = "A bank's user sees its own bank's payouts; auditors all; an operator those naming a party"
                    + " of its own organisation (the platform's and the bank's: all; a securities firm's: its pools').")
    @APIResponse(responseCode = "200", description = "One entry per date and currency that had instructions")
    @APIResponse(responseCode = "400", description = "INVALID_ARGUMENT: a date that is not ISO, to before from, or more than 366 days")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "NOT_ALLOWED: not a bank, auditor or operator")
    public List<DayReconciliation> days(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = BusinessDate.of(clock.instant());
        LocalDate start = date("from", from, today);
        LocalDate end = date("to", to, today);
        if (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new BadRequestException("to must be on or after from, at most " + MAX_DAYS + " days later");
        }
        return Reconciliation.between(start, end, scope());
    }

    private PayoutScope scope() {
        if (identity.hasRole("auditor")) {
            return PayoutScope.ALL;
        }
        if (identity.hasRole("operator")) {
            String org = token.getClaim(ORG_CLAIM);
            return PayoutScope.ofOperator(org == null ? "" : org)
                    .orElseThrow(() -> new ForbiddenException("the token names no organisation"));
        }
        String party = token.getClaim("party_id");
        if (party == null) {
            throw new ForbiddenException("the token names no party");
        }
        return PayoutScope.ofBank(party);
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO date such as 2027-06-01");
        }
    }
}
