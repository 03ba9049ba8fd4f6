package io.trellis.ledger;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import java.util.Optional;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * A proposal the peers refused before any chaincode ran because of who signed it: the creator's certificate is
 * revoked, expired or of no organisation of the channel, or its signature does not verify. Fabric's endorser
 * answers every such case "access denied: channel [...] creator org [...]". It is final (the same identity is
 * refused again), so it is answered NOT_ALLOWED rather than retried as peers that disagreed.
 */
final class PeerRefusals {
    private static final String ACCESS_DENIED = "access denied: ";

    private PeerRefusals() {
    }

    static Optional<ChaincodeError> find(GatewayException e) {
        return Stream.concat(e.getDetails().stream().map(ErrorDetail::getMessage), Stream.ofNullable(e.getMessage()))
                .filter(message -> message.contains(ACCESS_DENIED))
                .findFirst()
                .map(message -> new ChaincodeError(ErrorCode.NOT_ALLOWED, "the peers refused the signing identity ("
                        + message.substring(message.indexOf(ACCESS_DENIED)) + "): revoked, expired or not of the channel"));
    }
}
