package io.trellis.chaincode.api.event;

import io.trellis.chaincode.api.abs.ServicerReport;

/** A payment date ran: its servicer report is anchored on chain. */
public record ServicerReportRecorded(String poolId, ServicerReport report) implements DomainEvent {

    @Override
    public String aggregateId() {
        return poolId;
    }
}
