package io.trellis.chaincode.api.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A change to one aggregate. A committed transaction carries its domain events, in order, in a single
 * chaincode event ({@link EventBatch}); read models and settlement follow the ledger through them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PartyRegistered.class, name = "PartyRegistered"),
    @JsonSubTypes.Type(value = PartyKycReviewed.class, name = "PartyKycReviewed"),
    @JsonSubTypes.Type(value = PartyAdmitted.class, name = "PartyAdmitted"),
    @JsonSubTypes.Type(value = ConfigChanged.class, name = "ConfigChanged"),
    @JsonSubTypes.Type(value = CreditLineGranted.class, name = "CreditLineGranted"),
    @JsonSubTypes.Type(value = CreditLineChanged.class, name = "CreditLineChanged"),
    @JsonSubTypes.Type(value = IssuanceLimitChanged.class, name = "IssuanceLimitChanged"),
    @JsonSubTypes.Type(value = CreditLineUsed.class, name = "CreditLineUsed"),
    @JsonSubTypes.Type(value = CreditLineReleased.class, name = "CreditLineReleased"),
    @JsonSubTypes.Type(value = IssuanceLimitUsed.class, name = "IssuanceLimitUsed"),
    @JsonSubTypes.Type(value = IssuanceLimitReleased.class, name = "IssuanceLimitReleased"),
    @JsonSubTypes.Type(value = InvoiceRegistered.class, name = "InvoiceRegistered"),
    @JsonSubTypes.Type(value = InvoiceStatusChanged.class, name = "InvoiceStatusChanged"),
    @JsonSubTypes.Type(value = VoucherIssued.class, name = "VoucherIssued"),
    @JsonSubTypes.Type(value = VoucherStatusChanged.class, name = "VoucherStatusChanged"),
    @JsonSubTypes.Type(value = VoucherSplit.class, name = "VoucherSplit"),
    @JsonSubTypes.Type(value = VoucherTransferred.class, name = "VoucherTransferred"),
    @JsonSubTypes.Type(value = VoucherPaid.class, name = "VoucherPaid"),
    @JsonSubTypes.Type(value = FinancingApplied.class, name = "FinancingApplied"),
    @JsonSubTypes.Type(value = FinancingStatusChanged.class, name = "FinancingStatusChanged"),
    @JsonSubTypes.Type(value = PaymentApplied.class, name = "PaymentApplied"),
    @JsonSubTypes.Type(value = PayoutInstructed.class, name = "PayoutInstructed"),
    @JsonSubTypes.Type(value = SettlementBankDesignated.class, name = "SettlementBankDesignated"),
    @JsonSubTypes.Type(value = PayoutConfirmed.class, name = "PayoutConfirmed"),
    @JsonSubTypes.Type(value = PoolCreated.class, name = "PoolCreated"),
    @JsonSubTypes.Type(value = PoolAssetAdded.class, name = "PoolAssetAdded"),
    @JsonSubTypes.Type(value = PoolAssetRemoved.class, name = "PoolAssetRemoved"),
    @JsonSubTypes.Type(value = ProviderAppointed.class, name = "ProviderAppointed"),
    @JsonSubTypes.Type(value = AttestationRecorded.class, name = "AttestationRecorded"),
    @JsonSubTypes.Type(value = AttestationWithdrawn.class, name = "AttestationWithdrawn"),
    @JsonSubTypes.Type(value = TrancheRated.class, name = "TrancheRated"),
    @JsonSubTypes.Type(value = DealStructured.class, name = "DealStructured"),
    @JsonSubTypes.Type(value = DealStatusChanged.class, name = "DealStatusChanged"),
    @JsonSubTypes.Type(value = SubscriptionPlaced.class, name = "SubscriptionPlaced"),
    @JsonSubTypes.Type(value = DealAllocated.class, name = "DealAllocated"),
    @JsonSubTypes.Type(value = HoldingsIssued.class, name = "HoldingsIssued"),
    @JsonSubTypes.Type(value = PoolCollectionRecorded.class, name = "PoolCollectionRecorded"),
    @JsonSubTypes.Type(value = ServicerReportRecorded.class, name = "ServicerReportRecorded"),
    @JsonSubTypes.Type(value = InvestorPayoutInstructed.class, name = "InvestorPayoutInstructed")
})
public sealed interface DomainEvent permits
        PartyRegistered, PartyKycReviewed, PartyAdmitted, ConfigChanged, CreditLineGranted, CreditLineChanged,
        IssuanceLimitChanged, CreditLineUsed, CreditLineReleased, IssuanceLimitUsed,
        IssuanceLimitReleased, InvoiceRegistered, InvoiceStatusChanged, VoucherIssued,
        VoucherStatusChanged, VoucherSplit, VoucherTransferred, VoucherPaid,
        FinancingApplied, FinancingStatusChanged, PaymentApplied, PayoutInstructed, SettlementBankDesignated,
        PayoutConfirmed, PoolCreated, PoolAssetAdded, PoolAssetRemoved, ProviderAppointed, AttestationRecorded,
        AttestationWithdrawn, TrancheRated, DealStructured,
        DealStatusChanged, SubscriptionPlaced, DealAllocated, HoldingsIssued, PoolCollectionRecorded,
        ServicerReportRecorded, InvestorPayoutInstructed {

    /** Id of the aggregate that changed; the Kafka key, so one aggregate's events stay in order. */
    String aggregateId();
}
