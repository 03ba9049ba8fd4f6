package io.trellis.events;

import org.hyperledger.fabric.client.ChaincodeEvent;

/** A chaincode event as the Gateway delivers it. */
record FakeChaincodeEvent(long getBlockNumber, String getTransactionId, String getEventName, byte[] getPayload)
        implements ChaincodeEvent {

    @Override
    public String getChaincodeName() {
        return "trellis";
    }
}
