package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Tells who signed the transaction proposal. */
@FunctionalInterface
public interface CallerResolver {

    /**
     * @throws ChaincodeException with {@code NOT_ALLOWED} when the creator cannot be read as an X.509 identity
     */
    Caller resolve(ChaincodeStub stub);
}
