package io.trellis.e2e.desk;

import static io.trellis.e2e.rest.PlatformApi.scfService;
import static io.trellis.e2e.rest.PlatformApi.settlementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.trellis.chaincode.api.BusinessDate;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.e2e.network.KafkaTopics;
import io.trellis.e2e.network.StackControl;
import io.trellis.e2e.rest.Cast;
import io.trellis.e2e.rest.Cast.Member;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The supply-chain story through the platform's front doors, each step by the user whose business it is: the
 * bank's line, the core enterprise's invoice confirmation and 1,000,000.00 voucher, the supplier's split and
 * transfer, the tier-2 supplier's financing at 4.50 % for 183 days, the disbursement and, 183 days on (the
 * services' test clock), the core enterprise's payment arriving from the bank on Kafka. The payout instructions
 * on trellis.payouts.out are exactly tier 1 500,000.00, bank 300,000.00, tier 1 200,000.00; the read models
 * show SETTLED; the bank's confirmations reconcile.
 */
class SupplyChainDeskIT {
    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final LocalDate TODAY = BusinessDate.of(Instant.now());
    private static final LocalDate MATURITY = TODAY.plusDays(183);

    private final Cast cast = new Cast();
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @AfterEach
    void realTimeAgain() {
        StackControl.shiftServiceClock(Duration.ZERO);
        cast.close();
    }

    @Test
    void a_voucher_travels_from_issue_to_payout_through_rest_and_kafka_with_every_amount_exact() {
        Member core = cast.join(PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        Member tier1 = cast.join(PartyRole.SUPPLIER, Org.PLATFORM);
        Member tier2 = cast.join(PartyRole.SUPPLIER, Org.PLATFORM);
        Member bank = cast.join(PartyRole.FINANCIER, Org.BANK);

        scf(bank).body("{\"obligorId\":\"%s\",\"limit\":{\"amount\":\"2000000.00\",\"currency\":\"CNY\"}}".formatted(core.id()))
                .post("/credit-lines").then().statusCode(201);
        scf(core).body("{\"bankId\":\"%s\",\"accountNumber\":\"6222-0200-%s\"}".formatted(bank.id(), run))
                .post("/settlement-account").then().statusCode(200);
        String invoiceId = scf(tier1).body(("{\"buyerId\":\"%s\",\"invoiceCode\":\"3100261130\",\"invoiceNumber\":\"%s\","
                        + "\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"},\"issueDate\":\"%s\",\"documentHash\":\"%s\"}")
                        .formatted(core.id(), Math.abs(run.hashCode()) % 100_000_000, TODAY.minusDays(10), "ab".repeat(32)))
                .post("/invoices").then().statusCode(201).extract().path("result.id");
        scf(core).post("/invoices/" + invoiceId + "/confirm").then().statusCode(200);
        String root = scf(core).body(("{\"supplierId\":\"%s\",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"},"
                        + "\"maturityDate\":\"%s\",\"invoiceIds\":[\"%s\"]}").formatted(tier1.id(), MATURITY, invoiceId))
                .post("/vouchers").then().statusCode(201).extract().path("result.id");
        scf(tier1).post("/vouchers/" + root + "/accept").then().statusCode(200).body("result.status", equalTo("ACTIVE"));

        List<String> parts = scf(tier1).body("{\"parts\":[" + amount("500000.00") + "," + amount("300000.00") + ","
                        + amount("200000.00") + "]}")
                .post("/vouchers/" + root + "/split").then().statusCode(200).body("result", hasSize(3))
                .extract().path("result.id");
        String tier2Part = scf(tier1).body("{\"recipientId\":\"%s\"}".formatted(tier2.id()))
                .post("/vouchers/" + parts.get(1) + "/transfer").then().statusCode(200)
                .body("result.holderId", equalTo(tier2.id())).extract().path("result.id");

        String financingId = scf(tier2).body("{\"voucherId\":\"%s\",\"financierId\":\"%s\"}".formatted(tier2Part, bank.id()))
                .post("/financings").then().statusCode(201).extract().path("result.id");
        scf(bank).body("{\"rateBps\":450,\"valueDate\":\"%s\"}".formatted(TODAY))
                .post("/financings/" + financingId + "/approve").then().statusCode(200);
        // 300,000.00 x 4.50 % x 183 / 360 = 6,862.50 exactly; the supplier receives 293,137.50.
        JsonPath terms = scf(tier2).get("/financings/" + financingId + "/terms").then().statusCode(200).extract().jsonPath();
        assertThat(terms.getInt("days")).isEqualTo(183);
        assertThat(terms.getLong("interest.minor")).isEqualTo(686_250L);
        assertThat(terms.getLong("proceeds.minor")).isEqualTo(29_313_750L);

        // The bank's payment system reports the disbursement on Kafka: the voucher becomes the bank's.
        publish("DSB-" + run, "{\"paymentId\":\"DSB-%s\",\"bankId\":\"%s\",\"payerId\":\"%s\",\"amount\":\"293137.50\",\"currency\":\"CNY\",\"valueDate\":\"%s\",\"reference\":{\"financingId\":\"%s\"}}"
                .formatted(run, bank.id(), bank.id(), TODAY, financingId));
        await().atMost(PROJECTED).untilAsserted(() -> scf(bank).get("/vouchers/" + tier2Part).then().statusCode(200)
                .body("status", equalTo("FINANCED")).body("holderId", equalTo(bank.id())));

        // 183 days later the core enterprise pays the whole tree through its settlement bank.
        StackControl.shiftServiceClock(Duration.ofDays(183));
        String paymentId = "PAY-" + run;
        publish(paymentId, "{\"paymentId\":\"%s\",\"bankId\":\"%s\",\"payerId\":\"%s\",\"amount\":\"1000000.00\",\"currency\":\"CNY\",\"valueDate\":\"%s\",\"reference\":{\"voucherId\":\"%s\"}}"
                .formatted(paymentId, bank.id(), core.id(), MATURITY, root));

        List<ConsumerRecord<String, String>> instructions;
        try (KafkaTopics.Reader payouts = KafkaTopics.reader("trellis.payouts.out")) {
            payouts.readUntil(r -> r.value().contains("\"" + paymentId + "\""), seen -> seen.size() >= 3, Duration.ofSeconds(60));
            instructions = payouts.readUntil(r -> r.value().contains("\"" + paymentId + "\""), seen -> false, Duration.ofSeconds(3));
        }
        Map<String, String> amountByVoucher = instructions.stream().map(r -> JsonPath.from(r.value()))
                .collect(Collectors.toMap(j -> j.getString("voucherId"), j -> j.getString("payeeId") + " " + j.getString("amount")));
        assertThat(amountByVoucher).containsExactlyInAnyOrderEntriesOf(Map.of(
                parts.get(0), tier1.id() + " 500000.00",
                tier2Part, bank.id() + " 300000.00",
                parts.get(2), tier1.id() + " 200000.00"));

        await().atMost(PROJECTED).untilAsserted(() -> {
            scf(tier1).get("/vouchers/" + parts.get(0)).then().statusCode(200).body("status", equalTo("SETTLED"));
            scf(tier1).get("/vouchers/" + parts.get(2)).then().statusCode(200).body("status", equalTo("SETTLED"));
            scf(bank).get("/vouchers/" + tier2Part).then().statusCode(200).body("status", equalTo("SETTLED"));
            scf(core).get("/invoices/" + invoiceId).then().statusCode(200).body("status", equalTo("SETTLED"));
        });

        // The bank confirms each payout it made; reconciliation of the settlement date then has nothing missing.
        String settledOn = JsonPath.from(instructions.get(0).value()).getString("settledOn");
        assertThat(settledOn).isEqualTo(MATURITY.toString());
        await().atMost(PROJECTED).untilAsserted(() -> reconciliation(bank, settledOn).then().statusCode(200)
                .body("[0].instructedCount", equalTo(3)).body("[0].instructedTotal", equalTo("1000000.00"))
                .body("[0].missing", hasSize(3)));
        instructions.forEach(r -> publish("trellis.payouts.confirmed", r.key(), "{\"payoutId\":\"%s\",\"paymentId\":\"%s\",\"bankId\":\"%s\",\"bankReference\":\"CNAPS-%s-%s\"}"
                .formatted(r.key(), paymentId, bank.id(), run, r.key().substring(r.key().length() - 2))));
        await().atMost(PROJECTED).untilAsserted(() -> reconciliation(bank, settledOn).then().statusCode(200)
                .body("[0].confirmedCount", equalTo(3)).body("[0].confirmedTotal", equalTo("1000000.00"))
                .body("[0].missing", hasSize(0)));
    }

    private io.restassured.specification.RequestSpecification scf(Member member) {
        return cast.as(member, scfService()).when();
    }

    private Response reconciliation(Member bank, String date) {
        return cast.as(bank, settlementService()).queryParam("from", date).queryParam("to", date).get("/reconciliation");
    }

    private static String amount(String value) {
        return "{\"amount\":\"" + value + "\",\"currency\":\"CNY\"}";
    }

    private static void publish(String key, String json) {
        publish("trellis.payments.in", key, json);
    }

    private static void publish(String topic, String key, String json) {
        KafkaTopics.publish(topic, List.of(Map.entry(key, json)));
    }
}
