package io.trellis.settlement.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PaymentOrderingKeyTest {
    private static final String NOTICE = """
            {"paymentId":"%s","bankId":"91310000MA1K00004J","payerId":"91310000MA1K000019","amount":"1000.00",\
            "currency":"CNY","valueDate":"2027-06-01","reference":%s}""";

    /** Ordering keys read only the message: no ledger, no bank identities needed. */
    private final PaymentNoticeHandler handler = new PaymentNoticeHandler(null, null);

    private String key(String paymentId, String reference) {
        return handler.orderingKey(paymentId, NOTICE.formatted(paymentId, reference).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void payments_of_one_voucher_tree_share_a_key_whatever_their_payment_ids() {
        assertThat(key("PAY-1", "{\"voucherId\":\"CV0123456789ABCDEF0123\"}"))
                .isEqualTo(key("PAY-2", "{\"voucherId\":\"CV0123456789ABCDEF0123\"}"))
                .isNotEqualTo(key("PAY-3", "{\"voucherId\":\"CV0123456789ABCDEF0124\"}"));
    }

    @Test
    void a_disbursement_is_ordered_by_its_financing_never_with_a_voucher_of_the_same_id() {
        assertThat(key("PAY-1", "{\"financingId\":\"FN01\"}")).isEqualTo(key("PAY-2", "{\"financingId\":\"FN01\"}"))
                .isNotEqualTo(key("PAY-3", "{\"voucherId\":\"FN01\"}"));
    }

    @Test
    void an_unreadable_message_stands_alone() {
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        assertThat(handler.orderingKey("k1", garbage)).isNotEqualTo(handler.orderingKey("k2", garbage));
    }
}
