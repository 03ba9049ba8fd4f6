package io.trellis.chaincode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.config.SetConfigRequest;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.chaincode.api.event.PartyKycReviewed;
import io.trellis.chaincode.api.event.PartyRegistered;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.event.PayoutConfirmed;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.event.SettlementBankDesignated;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyRole;

import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.settlement.Payout;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {

    private static final Party PARTY = new Party("91310000MA1K000019", "Acme Motors", List.of(PartyRole.CORE_ENTERPRISE),
            Org.PLATFORM, KycStatus.PENDING, new PartyIdentity("PlatformMSP", "x509::CN=core1::CN=ca"),
            "2026-01-02T03:04:05Z", "x509::CN=Admin::CN=ca", 1);

    @Test
    void events_encode_their_type_first_then_fields_in_declaration_order() {
        String json = JsonCodec.toJson(new PartyKycReviewed("P1", KycStatus.APPROVED, 2));

        assertThat(json).isEqualTo("{\"type\":\"PartyKycReviewed\",\"partyId\":\"P1\",\"kycStatus\":\"APPROVED\",\"version\":2}");
    }

    @Test
    void the_same_value_always_encodes_to_the_same_bytes() {
        assertThat(JsonCodec.toBytes(PARTY)).isEqualTo(JsonCodec.toBytes(JsonCodec.fromJson(JsonCodec.toBytes(PARTY), Party.class)));
    }

    @Test
    void event_batches_round_trip_with_their_type_names() {
        EventBatch batch = new EventBatch(List.of(new PartyRegistered(PARTY), new PartyKycReviewed(PARTY.id(), KycStatus.APPROVED, 2)));

        String json = JsonCodec.toJson(batch);
        EventBatch back = JsonCodec.fromJson(json, EventBatch.class);

        assertThat(json).contains("\"type\":\"PartyRegistered\"").contains("\"type\":\"PartyKycReviewed\"");
        assertThat(back).isEqualTo(batch);
        assertThat(back.events()).extracting(DomainEvent::aggregateId).containsExactly(PARTY.id(), PARTY.id());
    }

    @Test
    void scf_events_round_trip_with_dates_as_iso_text_and_money_in_minor_units() {
        EventBatch batch = new EventBatch(List.of(
                new PaymentApplied("PAY-1", "91110000000000021K", "91310000000000001Y", LocalDate.of(2026, 9, 1),
                        Money.of(100_00, "CNY"), Money.of(90_00, "CNY"), Money.of(10_00, "CNY")),
                new PayoutInstructed("PAY-1", "91110000000000021K", LocalDate.of(2026, 9, 1), new Payout("PO0123456789ABCDEF0123-01", "CV1-01", "913100000000000110", null,
                        Money.of(90_00, "CNY"))),
                new SettlementBankDesignated("91310000000000001Y", "91110000000000021K", "6222-0001", 1),
                new PayoutConfirmed("PO0123456789ABCDEF0123-01", "PAY-1", "91110000000000021K", "CV1-01",
                        "913100000000000110", null, Money.of(90_00, "CNY"), "TRF-1",
                        java.time.Instant.parse("2026-09-01T02:00:00Z"))));

        String json = JsonCodec.toJson(batch);

        assertThat(json).contains("\"maturityDate\":\"2026-09-01\"").contains("\"amount\":{\"minor\":10000,\"currency\":\"CNY\"}");
        assertThat(JsonCodec.fromJson(json, EventBatch.class)).isEqualTo(batch);
    }

    @Test
    void unknown_fields_are_rejected_by_name() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"id\":\"X\",\"colour\":\"red\"}", RegisterPartyRequest.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class)
                .hasMessage("unknown field 'colour'");
    }

    @Test
    void an_unknown_enum_value_lists_the_allowed_ones() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"roles\":[\"KING\"]}", RegisterPartyRequest.class))
                .hasMessage("field 'roles[0]': 'KING' is not one of CORE_ENTERPRISE, SUPPLIER, FINANCIER, SECURITIES_FIRM,"
                        + " INVESTOR, SERVICE_PROVIDER, AUDITOR");
    }

    @Test
    void broken_json_is_reported_without_java_type_names() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"id\":".getBytes(StandardCharsets.UTF_8), RegisterPartyRequest.class))
                .hasMessage("the body is not valid JSON of the expected shape");
    }

    @Test
    void a_number_where_text_belongs_is_rejected() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"name\":42}", RegisterPartyRequest.class))
                .hasMessage("field 'name' has a value of the wrong type or form");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100.99", "100.0", "1e3", "1E2", "\"100\"", "true", "[100]"})
    void an_amount_that_is_not_a_json_integer_is_refused_never_rounded(String minor) {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"minor\":" + minor + ",\"currency\":\"CNY\"}", Money.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class)
                .hasMessage("field 'minor' has a value of the wrong type or form");
    }

    @Test
    void an_integer_beyond_a_long_is_refused() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"minor\":9223372036854775808,\"currency\":\"CNY\"}", Money.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class);
    }

    @Test
    void a_date_is_iso_text_only() {
        assertThatThrownBy(() -> JsonCodec.fromJson("\"2026-3-2\"", LocalDate.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class);
        assertThatThrownBy(() -> JsonCodec.fromJson("20000", LocalDate.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class);
        assertThat(JsonCodec.fromJson(JsonCodec.toJson(LocalDate.of(10_000, 1, 1)), LocalDate.class))
                .as("a date the ledger writes is a date it reads").isEqualTo(LocalDate.of(10_000, 1, 1));
        assertThatThrownBy(() -> JsonCodec.fromJson("\"-0001-01-01\"", LocalDate.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class);
        assertThat(JsonCodec.fromJson("\"2026-03-02\"", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_field_named_twice_is_refused() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"minor\":1,\"minor\":2,\"currency\":\"CNY\"}", Money.class))
                .hasMessage("the body names a field twice");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[1]", "[0]", "[\"\"]"})
    void an_enum_constant_is_its_name_never_its_ordinal_or_nothing(String roles) {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"roles\":" + roles + "}", RegisterPartyRequest.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\\t"})
    void an_empty_or_blank_string_is_not_a_missing_number(String blank) {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"tierLimit\":\"" + blank + "\",\"overdueGraceDays\":3}",
                SetConfigRequest.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class)
                .hasMessage("field 'tierLimit' has a value of the wrong type or form");
    }

    @Test
    void an_enum_name_with_blanks_around_it_is_not_the_name() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"roles\":[\"SUPPLIER \"]}", RegisterPartyRequest.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class);
        assertThat(JsonCodec.fromJson("{\"roles\":[\"SUPPLIER\"]}", RegisterPartyRequest.class).roles())
                .containsExactly(PartyRole.SUPPLIER);
    }

    @Test
    void text_with_a_lone_surrogate_is_refused_and_a_pair_is_kept() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"name\":\"x\\ud800y\"}", RegisterPartyRequest.class))
                .isInstanceOf(JsonCodec.MalformedJsonException.class);
        assertThat(JsonCodec.fromJson("{\"name\":\"\\ud83d\\ude00\"}", RegisterPartyRequest.class).name())
                .isEqualTo("\ud83d\ude00");
    }

    @Test
    void a_refusal_echoes_a_hostile_value_as_text_any_reader_accepts() {
        assertThatThrownBy(() -> JsonCodec.fromJson("{\"roles\":[\"A\\udfff\\u0000B\"]}", RegisterPartyRequest.class))
                .hasMessageStartingWith("field 'roles[0]': 'A\\udfff\\u0000B' is not one of");
    }
}
