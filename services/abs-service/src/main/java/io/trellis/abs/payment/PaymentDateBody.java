package io.trellis.abs.payment;

import io.trellis.abs.desk.DocumentHash;
import io.trellis.chaincode.api.abs.RunPaymentDateRequest;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /deals/{id}/payment-dates}: the hash of the servicer report document of the date. */
public record PaymentDateBody(@NotNull @DocumentHash
        @Schema(description = "SHA-256 of the servicer report document, lower-case hex") String documentHash) {

    RunPaymentDateRequest toRequest(String poolId) {
        return new RunPaymentDateRequest(poolId, documentHash);
    }
}
