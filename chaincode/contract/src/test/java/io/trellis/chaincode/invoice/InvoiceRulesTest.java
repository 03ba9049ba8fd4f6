package io.trellis.chaincode.invoice;

import static io.trellis.chaincode.testing.Rejections.codeOf;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.testing.EnumPairs;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final String DOC = Hashes.sha256Hex("invoice.pdf");

    /** The invoice state machine of docs/domain.md, restated independently of the rules under test. */
    private static final Map<InvoiceStatus, Set<InvoiceStatus>> ALLOWED = Map.of(
            InvoiceStatus.REGISTERED, EnumSet.of(InvoiceStatus.CONFIRMED, InvoiceStatus.DISPUTED, InvoiceStatus.CANCELLED),
            InvoiceStatus.DISPUTED, EnumSet.of(InvoiceStatus.CONFIRMED, InvoiceStatus.CANCELLED),
            InvoiceStatus.CONFIRMED, EnumSet.of(InvoiceStatus.PLEDGED, InvoiceStatus.CANCELLED),
            InvoiceStatus.PLEDGED, EnumSet.of(InvoiceStatus.SETTLED, InvoiceStatus.CONFIRMED));

    private static RegisterInvoiceRequest request(String number, String documentHash) {
        return new RegisterInvoiceRequest(CORE, "3100261130", number, cny(113_000_00L), TODAY, documentHash);
    }

    private static Invoice invoice(InvoiceStatus status) {
        return InvoiceRules.register(request("00000001", DOC), TIER1, Optional.empty(), TODAY, NOW)
                .with(status, null, null);
    }

    static Stream<Arguments> everyMove() {
        return EnumPairs.of(InvoiceStatus.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void only_the_documented_moves_are_allowed_every_other_is_a_state_conflict(InvoiceStatus from, InvoiceStatus to) {
        boolean allowed = ALLOWED.getOrDefault(from, Set.of()).contains(to);

        assertThat(InvoiceRules.MOVES.allows(from, to)).isEqualTo(allowed);
    }

    @Test
    void the_id_is_the_sha256_of_seller_tax_id_invoice_code_and_number() {
        assertThat(InvoiceRules.idOf(TIER1, "3100261130", "00000001"))
                .isEqualTo(Hashes.sha256Hex(TIER1 + "|3100261130|00000001"))
                .isNotEqualTo(InvoiceRules.idOf(TIER2, "3100261130", "00000001"))
                .isNotEqualTo(InvoiceRules.idOf(TIER1, "3100261131", "00000001"))
                .isNotEqualTo(InvoiceRules.idOf(TIER1, "3100261130", "00000002"));
    }

    @Test
    void a_second_registration_of_the_same_invoice_is_the_double_financing_guard() {
        Invoice first = invoice(InvoiceStatus.CANCELLED);

        assertThat(codeOf(() -> InvoiceRules.register(request("00000001", DOC), TIER1, Optional.of(first), TODAY, NOW)))
                .isEqualTo(ErrorCode.INVOICE_ALREADY_REGISTERED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdefa"})
    void a_document_hash_must_be_64_lowercase_hex_characters(String documentHash) {
        assertThat(codeOf(() -> InvoiceRules.validate(request("00000001", documentHash))))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void an_invoice_number_with_the_key_separator_or_lowercase_is_invalid() {
        assertThat(codeOf(() -> InvoiceRules.validate(request("0001|2", DOC)))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> InvoiceRules.validate(request("abc", DOC)))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> InvoiceRules.validate(request("00000001", DOC)))).isNull();
    }

    @Test
    void only_the_buyer_confirms_or_disputes_and_a_dispute_needs_a_reason() {
        Invoice registered = invoice(InvoiceStatus.REGISTERED);

        assertThat(codeOf(() -> InvoiceRules.confirm(registered, TIER2))).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> InvoiceRules.dispute(registered, CORE, " "))).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(InvoiceRules.dispute(registered, CORE, "goods not received").note()).isEqualTo("goods not received");
        assertThat(InvoiceRules.confirm(registered, CORE).status()).isEqualTo(InvoiceStatus.CONFIRMED);
    }

    @Test
    void only_the_seller_cancels_and_never_a_pledged_invoice() {
        assertThat(codeOf(() -> InvoiceRules.cancel(invoice(InvoiceStatus.CONFIRMED), CORE))).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(codeOf(() -> InvoiceRules.cancel(invoice(InvoiceStatus.PLEDGED), TIER1)))
                .isEqualTo(ErrorCode.INVOICE_STATE_CONFLICT);
        assertThat(InvoiceRules.cancel(invoice(InvoiceStatus.DISPUTED), TIER1).status()).isEqualTo(InvoiceStatus.CANCELLED);
    }

    @Test
    void an_invoice_is_never_pledged_twice_and_only_confirmed_ones_are_pledged() {
        Invoice pledged = InvoiceRules.pledge(invoice(InvoiceStatus.CONFIRMED), "CV1");

        assertThat(pledged.status()).isEqualTo(InvoiceStatus.PLEDGED);
        assertThat(codeOf(() -> InvoiceRules.pledge(pledged, "CV2"))).isEqualTo(ErrorCode.INVOICE_ALREADY_PLEDGED);
        assertThat(codeOf(() -> InvoiceRules.pledge(invoice(InvoiceStatus.SETTLED), "CV2")))
                .isEqualTo(ErrorCode.INVOICE_ALREADY_PLEDGED);
        assertThat(codeOf(() -> InvoiceRules.pledge(invoice(InvoiceStatus.DISPUTED), "CV2")))
                .isEqualTo(ErrorCode.INVOICE_STATE_CONFLICT);
    }

    @Test
    void an_invoice_dated_in_the_future_or_sold_to_oneself_is_invalid() {
        RegisterInvoiceRequest future = new RegisterInvoiceRequest(CORE, "3100261130", "1", cny(1), TODAY.plusDays(1), DOC);
        RegisterInvoiceRequest toSelf = new RegisterInvoiceRequest(TIER1, "3100261130", "1", cny(1), TODAY, DOC);

        assertThat(codeOf(() -> InvoiceRules.register(future, TIER1, Optional.empty(), TODAY, NOW)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(codeOf(() -> InvoiceRules.register(toSelf, TIER1, Optional.empty(), TODAY, NOW)))
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }
}
