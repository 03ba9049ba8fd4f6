package io.trellis.portal.desk.securities;

import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.testing.clock.StackClock;
import io.trellis.testing.parties.Onboarding;
import io.trellis.testing.parties.Onboarding.Member;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the ABS story needs that its pages do not do, over the stack's REST and Kafka as each party: the cast, the
 * obligors' vouchers held by the originator (made with the stack's clock set back to the cut-off, so they have
 * matured by today and can be paid now), the providers' opinions and rating, and the bank's payment notices that
 * settlement-service turns into settlements (the pool's collections).
 */
final class StoryVouchers implements AutoCloseable {
    private static final String SCF = "http://127.0.0.1:" + System.getenv().getOrDefault("SCF_SERVICE_PORT", "8081");
    private static final String ABS = "http://127.0.0.1:" + System.getenv().getOrDefault("ABS_SERVICE_PORT", "8083");
    private static final String PAYMENTS = "trellis.payments.in";

    record Cast(Member manager, Member originator, Member investor, Member servicer, Member rater, Member bank,
            List<Member> obligors) {

        static Cast join(Onboarding onboarding) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                var manager = async(pool, () -> onboarding.join(PartyRole.SECURITIES_FIRM, Org.SECURITIES));
                var originator = async(pool, () -> onboarding.join(PartyRole.SUPPLIER, Org.PLATFORM));
                var investor = async(pool, () -> onboarding.join(PartyRole.INVESTOR, Org.SECURITIES));
                var servicer = async(pool, () -> onboarding.join(PartyRole.SERVICE_PROVIDER, Org.SECURITIES));
                var rater = async(pool, () -> onboarding.join(PartyRole.SERVICE_PROVIDER, Org.SECURITIES));
                var bank = async(pool, () -> onboarding.join(PartyRole.FINANCIER, Org.BANK));
                var core = async(pool, () -> onboarding.join(PartyRole.CORE_ENTERPRISE, Org.PLATFORM));
                var core2 = async(pool, () -> onboarding.join(PartyRole.CORE_ENTERPRISE, Org.PLATFORM));
                return new Cast(manager.join(), originator.join(), investor.join(), servicer.join(), rater.join(),
                        bank.join(), List.of(core.join(), core2.join()));
            } finally {
                pool.shutdown();
            }
        }
    }

    /** A voucher of {@code obligor} held by the originator, and the tree's root its obligor pays (itself). */
    record Voucher(String id, Member obligor, long fen) {
        String obligorId() {
            return obligor.id();
        }
    }

    private final Onboarding onboarding;
    private final Cast cast;
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "9092"),
            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
            new StringSerializer(), new StringSerializer());

    StoryVouchers(Onboarding onboarding, Cast cast) {
        this.onboarding = onboarding;
        this.cast = cast;
    }

    /**
     * One voucher per obligor (in the cast's order) of {@code fenEach[i]}, issued on {@code issuedOn} and maturing on
     * {@code maturity}, accepted by the originator. The stack's clock stands at {@code issuedOn} only meanwhile.
     */
    List<Voucher> issuedAt(LocalDate issuedOn, LocalDate maturity, long... fenEach) {
        List<CompletableFuture<Member>> lines = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < fenEach.length; i++) {
                Member obligor = cast.obligors().get(i);
                lines.add(async(pool, () -> bankWith(obligor)));
            }
            lines.forEach(CompletableFuture::join);
            List<CompletableFuture<Voucher>> made = new ArrayList<>();
            StackClock.at(issuedOn);
            try {
                for (int i = 0; i < fenEach.length; i++) {
                    Member obligor = cast.obligors().get(i);
                    long fen = fenEach[i];
                    made.add(async(pool, () -> voucher(obligor, fen, maturity, issuedOn.minusDays(5))));
                }
                return made.stream().map(CompletableFuture::join).toList();
            } finally {
                StackClock.backToRealTime();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The servicer's legal opinion, the rating agency's report and its senior rating, as the providers. */
    void attestAndRate(String poolId, Member servicer, Member rater) {
        abs(servicer).body(Map.of("kind", "LEGAL_OPINION", "opinion", "UNQUALIFIED", "documentHash",
                Hashes.sha256Hex("legal opinion " + poolId))).post("/deals/" + poolId + "/attestations")
                .then().statusCode(201);
        abs(rater).body(Map.of("kind", "RATING", "opinion", "UNQUALIFIED", "documentHash",
                Hashes.sha256Hex("rating report " + poolId))).post("/deals/" + poolId + "/attestations")
                .then().statusCode(201);
        abs(rater).body(Map.of("trancheClass", "SENIOR", "grade", "AAA")).post("/deals/" + poolId + "/ratings")
                .then().statusCode(201);
    }

    /**
     * The obligor pays the voucher in full through its bank: a payment notice on {@code trellis.payments.in}, which
     * settlement-service settles on the ledger; answers once the settlement can be read.
     */
    void pay(Voucher voucher, LocalDate valueDate) {
        String paymentId = "PAY-" + run + "-" + voucher.id().substring(2, 12);
        String notice = """
                {"paymentId":"%s","bankId":"%s","payerId":"%s","amount":"%s","currency":"CNY","valueDate":"%s",\
                "reference":{"voucherId":"%s"}}""".formatted(paymentId, cast.bank().id(), voucher.obligorId(),
                decimal(voucher.fen()), valueDate, voucher.id());
        try {
            producer.send(new ProducerRecord<>(PAYMENTS, paymentId, notice)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot post " + paymentId, e);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                scf(voucher.obligor()).get("/settlements/" + cast.bank().id() + "/" + paymentId).statusCode() == 200);
    }

    private Member bankWith(Member obligor) {
        scf(cast.bank()).body(Map.of("obligorId", obligor.id(), "limit", amount(1_000_000_000L)))
                .post("/credit-lines").then().statusCode(201);
        scf(obligor).body(Map.of("bankId", cast.bank().id(), "accountNumber", "6222-0300-" + obligor.id().substring(8)))
                .post("/settlement-account").then().statusCode(200);
        return obligor;
    }

    private Voucher voucher(Member obligor, long fen, LocalDate maturity, LocalDate invoiced) {
        String number = String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        String invoiceId = scf(cast.originator()).body(Map.of("buyerId", obligor.id(), "invoiceCode", "3100261130",
                        "invoiceNumber", number, "amount", amount(fen), "issueDate", invoiced.toString(),
                        "documentHash", Hashes.sha256Hex("invoice " + obligor.id() + " " + number)))
                .post("/invoices").then().statusCode(201).extract().path("result.id");
        scf(obligor).post("/invoices/" + invoiceId + "/confirm").then().statusCode(200);
        String voucherId = scf(obligor).body(Map.of("supplierId", cast.originator().id(), "amount", amount(fen),
                        "maturityDate", maturity.toString(), "invoiceIds", List.of(invoiceId)))
                .post("/vouchers").then().statusCode(201).extract().path("result.id");
        scf(cast.originator()).post("/vouchers/" + voucherId + "/accept").then().statusCode(200);
        return new Voucher(voucherId, obligor, fen);
    }

    private RequestSpecification scf(Member member) {
        return onboarding.as(member, SCF).when();
    }

    private RequestSpecification abs(Member member) {
        return onboarding.as(member, ABS).when();
    }

    private static Map<String, String> amount(long fen) {
        return Map.of("amount", decimal(fen), "currency", "CNY");
    }

    private static String decimal(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static <T> CompletableFuture<T> async(ExecutorService pool, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, pool);
    }

    @Override
    public void close() {
        producer.close();
    }
}
