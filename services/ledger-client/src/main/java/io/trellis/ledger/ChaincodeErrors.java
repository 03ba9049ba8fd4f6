package io.trellis.ledger;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.JsonCodec;
import java.util.Optional;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * Finds the chaincode's {@link ChaincodeError} in a Gateway failure. The peer reports a chaincode
 * rejection as "chaincode response 500, <message>" in the error details, and the Trellis chaincode's
 * message is the error's JSON.
 */
final class ChaincodeErrors {

    private ChaincodeErrors() {
    }

    static Optional<ChaincodeError> find(GatewayException e) {
        return Stream.concat(e.getDetails().stream().map(ErrorDetail::getMessage), Stream.ofNullable(e.getMessage()))
                .map(ChaincodeErrors::parse)
                .flatMap(Optional::stream)
                .findFirst();
    }

    static Optional<ChaincodeError> parse(String message) {
        int start = message.indexOf("{\"code\"");
        int end = message.lastIndexOf('}');
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonCodec.fromJson(message.substring(start, end + 1), ChaincodeError.class));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }
}
