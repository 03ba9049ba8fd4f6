package io.trellis.chaincode.api.abs;

import java.time.LocalDate;
import java.util.List;

/** Arguments of {@code CreatePool}: the calling securities firm manages the pool. */
public record CreatePoolRequest(String originatorId, PoolCriteria criteria, List<AttestationKind> requiredAttestations,
        LocalDate cutOffDate) {
}
