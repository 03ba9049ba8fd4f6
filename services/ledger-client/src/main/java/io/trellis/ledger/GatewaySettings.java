package io.trellis.ledger;

import java.time.Duration;

/**
 * Where the chaincode is and how long each Gateway call may take.
 *
 * @param channel       channel name
 * @param chaincode     chaincode name
 * @param evaluate      deadline of a query
 * @param endorse       deadline of endorsement (all endorsing peers)
 * @param submit        deadline of handing the transaction to the orderer
 * @param commitStatus  deadline of one wait for the commit status
 */
public record GatewaySettings(String channel, String chaincode, Duration evaluate, Duration endorse, Duration submit,
        Duration commitStatus) {

    public static GatewaySettings defaults(String channel, String chaincode) {
        return new GatewaySettings(channel, chaincode, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(5), Duration.ofSeconds(30));
    }
}
