package io.trellis.abs.diligence;

import io.trellis.abs.desk.DocumentHash;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /deals/{id}/attestations}: the calling provider's opinion, anchored by its document's hash. */
public record AttestationBody(@NotNull AttestationKind kind, @NotNull AttestationOpinion opinion,
        @NotNull @DocumentHash @Schema(description = "SHA-256 of the opinion document, lower-case hex") String documentHash) {

    RecordAttestationRequest toRequest(String poolId) {
        return new RecordAttestationRequest(poolId, kind, opinion, documentHash);
    }
}
