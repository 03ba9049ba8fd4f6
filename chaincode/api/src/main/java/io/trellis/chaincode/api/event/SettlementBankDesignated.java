package io.trellis.chaincode.api.event;

/** A core enterprise named the bank (and its account there) whose payment notices settle its vouchers. */
public record SettlementBankDesignated(String obligorId, String bankId, String accountNumber, long version)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return obligorId;
    }
}
