package io.trellis.settlement.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Money;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeReaderTest {
    private static final String VALID = """
            {"paymentId":"PAY-1","bankId":"91310000MA1K00004J","payerId":"91310000MA1K000019","amount":"1000000.00",\
            "currency":"CNY","valueDate":"2027-06-01","reference":{"voucherId":"CV0123456789ABCDEF0123"}}""";

    private static NoticeReader.Read read(String json) {
        return NoticeReader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_maturity_payment_reads_with_its_exact_amount_in_fen() {
        NoticeReader.Maturity maturity = (NoticeReader.Maturity) read(VALID);
        assertThat(maturity.amount()).isEqualTo(Money.of(1_000_000_00L, "CNY"));
        assertThat(maturity.voucherId()).isEqualTo("CV0123456789ABCDEF0123");
    }

    @Test
    void a_disbursement_references_a_financing() {
        String json = VALID.replace("{\"voucherId\":\"CV0123456789ABCDEF0123\"}", "{\"financingId\":\"FN01\"}");
        assertThat(read(json)).isInstanceOfSatisfying(NoticeReader.Disbursement.class,
                d -> assertThat(d.financingId()).isEqualTo("FN01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "{\"paymentId\":\"PAY-1\"}",
        "\"amount\":\"1000000.001\"",
        "\"amount\":\"1e6\"",
        "\"amount\":\"-5.00\"",
        "\"amount\":\"0.00\"",
        "\"amount\":1000000.00",
        "\"currency\":\"cny\"",
        "\"valueDate\":\"01/06/2027\"",
        "\"reference\":{}",
        "\"reference\":{\"voucherId\":\"CV1\",\"financingId\":\"FN1\"}",
        "\"extra\":1"
    })
    void anything_that_is_not_exactly_a_notice_is_malformed(String variant) {
        String json = variant.startsWith("{") || variant.equals("not json") ? variant : mutate(variant);
        assertThat(read(json)).isInstanceOfSatisfying(NoticeReader.Unreadable.class,
                u -> assertThat(u.refusal().code()).isEqualTo(NoticeReader.MALFORMED));
    }

    /** Replaces the field the variant names, or adds it when the notice has no such field. */
    private static String mutate(String field) {
        String name = field.substring(0, field.indexOf(':'));
        String replaced = VALID.replaceFirst(java.util.regex.Pattern.quote(name) + ":(\"[^\"]*\"|\\{[^}]*\\})",
                java.util.regex.Matcher.quoteReplacement(field));
        return replaced.equals(VALID) ? VALID.replaceFirst("\\{", "{" + java.util.regex.Matcher.quoteReplacement(field) + ",") : replaced;
    }
}
