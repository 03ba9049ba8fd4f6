package io.trellis.ledger.clock;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.SubmitException;

/** A {@link Contract} whose {@link #newProposal proposals} are stamped with the clock's instant. */
final class ClockedContract implements Contract {
    private final Contract contract;
    private final Gateway gateway;
    private final Supplier<Instant> clock;

    ClockedContract(Contract contract, Gateway gateway, Supplier<Instant> clock) {
        this.contract = contract;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public Proposal.Builder newProposal(String transactionName) {
        return new Builder(contract.newProposal(transactionName));
    }

    @Override
    public String getChaincodeName() {
        return contract.getChaincodeName();
    }

    @Override
    public Optional<String> getContractName() {
        return contract.getContractName();
    }

    @Override
    public byte[] submitTransaction(String name) throws EndorseException, CommitException, SubmitException, CommitStatusException {
        return newProposal(name).build().endorse().submit();
    }

    @Override
    public byte[] submitTransaction(String name, String... args)
            throws EndorseException, SubmitException, CommitStatusException, CommitException {
        return newProposal(name).addArguments(args).build().endorse().submit();
    }

    @Override
    public byte[] submitTransaction(String name, byte[]... args)
            throws EndorseException, CommitException, SubmitException, CommitStatusException {
        return newProposal(name).addArguments(args).build().endorse().submit();
    }

    @Override
    public byte[] evaluateTransaction(String name) throws GatewayException {
        return newProposal(name).build().evaluate();
    }

    @Override
    public byte[] evaluateTransaction(String name, String... args) throws GatewayException {
        return newProposal(name).addArguments(args).build().evaluate();
    }

    @Override
    public byte[] evaluateTransaction(String name, byte[]... args) throws GatewayException {
        return newProposal(name).addArguments(args).build().evaluate();
    }

    /** Builds the proposal as usual, then re-issues it, unsigned, with the clock's timestamp. */
    private final class Builder implements Proposal.Builder {
        private final Proposal.Builder builder;

        Builder(Proposal.Builder builder) {
            this.builder = builder;
        }

        @Override
        public Proposal.Builder addArguments(byte[]... args) {
            builder.addArguments(args);
            return this;
        }

        @Override
        public Proposal.Builder addArguments(String... args) {
            builder.addArguments(args);
            return this;
        }

        @Override
        public Proposal.Builder putAllTransient(Map<String, byte[]> transientData) {
            builder.putAllTransient(transientData);
            return this;
        }

        @Override
        public Proposal.Builder putTransient(String key, byte[] value) {
            builder.putTransient(key, value);
            return this;
        }

        @Override
        public Proposal.Builder putTransient(String key, String value) {
            builder.putTransient(key, value);
            return this;
        }

        @Override
        public Proposal.Builder setEndorsingOrganizations(String... mspIds) {
            builder.setEndorsingOrganizations(mspIds);
            return this;
        }

        @Override
        public Proposal build() {
            return gateway.newProposal(ProposalTimestamps.restamp(builder.build().getBytes(), clock.get()));
        }
    }
}
