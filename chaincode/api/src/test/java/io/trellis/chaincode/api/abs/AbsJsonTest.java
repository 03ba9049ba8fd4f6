package io.trellis.chaincode.api.abs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.event.AttestationRecorded;
import io.trellis.chaincode.api.event.AttestationWithdrawn;
import io.trellis.chaincode.api.event.DealStatusChanged;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.chaincode.api.event.InvestorPayoutInstructed;
import io.trellis.chaincode.api.event.PoolCollectionRecorded;
import io.trellis.chaincode.api.event.ProviderAppointed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AbsJsonTest {
    private static final Money ZERO = Money.zero("CNY");

    @Test
    void a_tranche_stores_its_terms_not_its_derived_units() {
        TrancheTerms senior = new TrancheTerms(TrancheClass.SENIOR, Money.of(70_000_000, "CNY"), 400);

        assertThat(JsonCodec.toJson(senior))
                .isEqualTo("{\"trancheClass\":\"SENIOR\",\"principal\":{\"minor\":70000000,\"currency\":\"CNY\"},\"couponBp\":400}");
        assertThat(senior.units()).isEqualTo(7_000);
    }

    @Test
    void a_deal_structure_round_trips_with_iso_dates() {
        DealStructure deal = new DealStructure(Money.of(100_000_000, "CNY"),
                List.of(new TrancheTerms(TrancheClass.SENIOR, Money.of(70_000_000, "CNY"), 400),
                        new TrancheTerms(TrancheClass.SUBORDINATED, Money.of(10_000_000, "CNY"), 0)),
                Money.of(200_000, "CNY"), LocalDate.of(2026, 1, 1), List.of(LocalDate.of(2026, 4, 1)), 500);

        String json = JsonCodec.toJson(deal);

        assertThat(json).contains("\"issueDate\":\"2026-01-01\"");
        assertThat(JsonCodec.fromJson(json, new TypeReference<Map<String, Object>>() { }).keySet())
                .containsExactly("poolPrincipal", "tranches", "feesPerPaymentDate", "issueDate", "paymentDates",
                        "defaultTriggerBp");
        assertThat(JsonCodec.fromJson(json, DealStructure.class)).isEqualTo(deal);
    }

    @Test
    void derived_flags_never_reach_the_ledger() {
        WaterfallState state = new WaterfallState(LocalDate.of(2026, 4, 1), true, ZERO, ZERO,
                List.of(new TrancheBalance(TrancheClass.SENIOR, ZERO, ZERO)));
        TrancheAllocation allocation = new TrancheAllocation(TrancheClass.SENIOR, 10, 5, List.of());

        assertThat(JsonCodec.toJson(state)).doesNotContain("repaid");
        assertThat(JsonCodec.toJson(allocation)).doesNotContain("undersubscribed");
        assertThat(JsonCodec.fromJson(JsonCodec.toJson(state), WaterfallState.class)).isEqualTo(state);
    }

    @Test
    void abs_events_round_trip_in_an_event_batch_with_their_type_names() {
        Money fen = Money.of(5_000_000, "CNY");
        PoolCollection collection = new PoolCollection("AP1", "91110000000000021K", "PAY-1", fen, List.of("CV1"), LocalDate.of(2026, 5, 15), null);
        EventBatch batch = new EventBatch(List.of(
                new PoolCollectionRecorded(collection),
                new DealStatusChanged("AP1", DealStatus.ISSUED, DealStatus.AMORTISING, 9),
                new InvestorPayoutInstructed(new InvestorPayout("AP1", LocalDate.of(2026, 7, 1),
                        new PayoutInstruction("INV", TrancheClass.SENIOR, PayoutKind.INTEREST, fen))),
                new AttestationRecorded("AP1", new Attestation(AttestationKind.AUDIT, "SP",
                        AttestationOpinion.QUALIFIED, "ab".repeat(32))),
                new ProviderAppointed("AP1", new ProviderAppointment(ProviderRole.ACCOUNTANT, "SP",
                        "2026-03-02T08:00:00Z")),
                new AttestationWithdrawn("AP1", AttestationKind.AUDIT, "SP")));

        String json = JsonCodec.toJson(batch);

        assertThat(json).contains("\"type\":\"PoolCollectionRecorded\"", "\"type\":\"InvestorPayoutInstructed\"",
                "\"type\":\"ProviderAppointed\"", "\"role\":\"ACCOUNTANT\"", "\"type\":\"AttestationWithdrawn\"",
                "\"collectedOn\":\"2026-05-15\"", "\"takenOn\":null");
        assertThat(JsonCodec.fromJson(json, EventBatch.class)).isEqualTo(batch);
        assertThat(batch.events()).extracting(e -> e.aggregateId()).containsOnly("AP1");
    }
}
