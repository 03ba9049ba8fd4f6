package io.trellis.ledger.clock;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * Rewrites the channel-header timestamp of a Gateway proposal. The transaction id does not depend on the
 * timestamp (it hashes the nonce and the creator), so it stays; the signature is dropped, and the Gateway
 * signs the new bytes when the proposal is endorsed or evaluated.
 */
final class ProposalTimestamps {

    private ProposalTimestamps() {
    }

    static byte[] restamp(byte[] proposedTransaction, Instant at) {
        try {
            ProposedTransaction proposed = ProposedTransaction.parseFrom(proposedTransaction);
            Proposal proposal = Proposal.parseFrom(proposed.getProposal().getProposalBytes());
            Header header = Header.parseFrom(proposal.getHeader());
            ChannelHeader channelHeader = ChannelHeader.parseFrom(header.getChannelHeader()).toBuilder()
                    .setTimestamp(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))
                    .build();
            ByteString restampedHeader = header.toBuilder().setChannelHeader(channelHeader.toByteString()).build()
                    .toByteString();
            Proposal restamped = proposal.toBuilder().setHeader(restampedHeader).build();
            return proposed.toBuilder()
                    .setProposal(SignedProposal.newBuilder().setProposalBytes(restamped.toByteString()))
                    .build().toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not a Gateway proposal", e);
        }
    }
}
