package io.trellis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.LedgerUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * {@code TransferVoucher} through scf-service's desk ({@code POST /vouchers/{id}/transfer}) as the holding
 * supplier's own Keycloak user; scf-service signs with the supplier's identity from its wallet. Chains as
 * {@link TransferChains}. A problem answer is counted under its code; scf-service unreachable counts as
 * {@code LEDGER_UNAVAILABLE}; an answer with a code the ledger does not know (401, 403 identity not hosted) is a
 * broken setup and fails the run.
 */
public final class TransferVoucherRestWorkload implements Workload {
    private final Fixture fixture;
    private final TransferChains chains;
    private final ScfDesk desk;
    /** Per supplier of the fixture, a bearer token of its user. */
    private final List<String> tokens;

    TransferVoucherRestWorkload(Fixture fixture, VoucherStock stock, int tierLimit, int clients, ScfDesk desk,
            List<String> tokens) {
        this.fixture = fixture;
        this.chains = new TransferChains(fixture, stock, tierLimit, clients);
        this.desk = desk;
        this.tokens = List.copyOf(tokens);
    }

    @Override
    public String name() {
        return "transfer-voucher-rest";
    }

    @Override
    public Committed<?> call(LedgerClient ledger, int client, long sequence) {
        TransferChains.Transfer transfer = chains.next(client);
        HttpResponse<String> response;
        try {
            response = desk.send(tokens.get(transfer.voucher().holder()),
                    "/vouchers/" + transfer.voucher().id() + "/transfer",
                    Map.of("recipientId", fixture.supplier(transfer.recipient()).id()));
        } catch (IOException e) {
            throw new LedgerUnavailableException("scf-service did not answer: " + e.getMessage(), e);
        }
        JsonNode body = read(response);
        if (response.statusCode() == 200) {
            return new Committed<>(null, body.get("transactionId").asText(), body.get("blockNumber").asLong(), 1);
        }
        throw new LedgerRejectedException(new ChaincodeError(code(response, body), body.path("detail").asText()),
                null);
    }

    @Override
    public void committed(int client) {
        chains.committed(client);
    }

    private static ErrorCode code(HttpResponse<String> response, JsonNode problem) {
        try {
            return ErrorCode.valueOf(problem.path("code").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("scf-service answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return Http.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("scf-service answered " + response.statusCode() + " without JSON", e);
        }
    }
}
