package io.trellis.abs.support;

import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.Hashes;
import io.trellis.testing.parties.Onboarding.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The SCF side an ABS needs, through the stack's scf-service as each party: a bank's credit line and settlement
 * account for an obligor, and vouchers of an obligor held by the originator (invoice, confirmation, issue,
 * acceptance, then a split into equal parts so one payment of the root pays them all).
 */
public final class ScfDesk {
    /** Credit line of each obligor, 10,000,000.00: far above what any test issues. */
    private static final long LINE_FEN = 1_000_000_000L;

    private final AbsCast cast;
    private final String baseUri = "http://127.0.0.1:" + System.getenv().getOrDefault("SCF_SERVICE_PORT", "8081");
    private final AtomicInteger invoices = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    public ScfDesk(AbsCast cast) {
        this.cast = cast;
    }

    /** A voucher tree: the root the obligor pays, and its parts (the root itself when it is one part). */
    public record Tree(String rootId, List<String> parts, Member obligor, long fen, LocalDate maturity) {
    }

    public RequestSpecification as(Member member) {
        return cast.onboarding.as(member, baseUri).when();
    }

    /** The cast's bank grants {@code obligor} a credit line and becomes its settlement bank; returns the obligor. */
    Member bankWith(Member obligor) {
        as(cast.bank).body(Map.of("obligorId", obligor.id(), "limit", amount(LINE_FEN)))
                .post("/credit-lines").then().statusCode(201);
        as(obligor).body(Map.of("bankId", cast.bank.id(), "accountNumber", "6222-0200-" + obligor.id().substring(8)))
                .post("/settlement-account").then().statusCode(200);
        return obligor;
    }

    /**
     * {@code parts} vouchers of {@code fenEach} each, owed by {@code obligor} and held by the originator: one voucher
     * issued against one invoice dated {@code invoiceDate}, accepted, and split when {@code parts > 1}.
     */
    public Tree vouchers(Member obligor, int parts, long fenEach, LocalDate maturity, LocalDate invoiceDate) {
        long fen = parts * fenEach;
        String number = String.format("%08d", invoices.incrementAndGet());
        String invoiceId = as(cast.originator).body(Map.of("buyerId", obligor.id(), "invoiceCode", "3100261130",
                        "invoiceNumber", number, "amount", amount(fen), "issueDate", invoiceDate.toString(),
                        "documentHash", Hashes.sha256Hex("invoice " + obligor.id() + " " + number)))
                .post("/invoices").then().statusCode(201).extract().path("result.id");
        as(obligor).post("/invoices/" + invoiceId + "/confirm").then().statusCode(200);
        String rootId = as(obligor).body(Map.of("supplierId", cast.originator.id(), "amount", amount(fen),
                        "maturityDate", maturity.toString(), "invoiceIds", List.of(invoiceId)))
                .post("/vouchers").then().statusCode(201).extract().path("result.id");
        as(cast.originator).post("/vouchers/" + rootId + "/accept").then().statusCode(200);
        if (parts == 1) {
            return new Tree(rootId, List.of(rootId), obligor, fen, maturity);
        }
        List<String> children = as(cast.originator).body(Map.of("parts", Collections.nCopies(parts, amount(fenEach))))
                .post("/vouchers/" + rootId + "/split").then().statusCode(200).extract().path("result.id");
        return new Tree(rootId, children, obligor, fen, maturity);
    }

    /** The holder marks a voucher past its maturity and grace overdue. */
    public void markOverdue(Member holder, String voucherId) {
        as(holder).post("/vouchers/" + voucherId + "/overdue").then().statusCode(200);
    }

    /** An amount body: decimal text of {@code fen}, CNY. */
    public static Map<String, String> amount(long fen) {
        return Map.of("amount", decimal(fen), "currency", "CNY");
    }

    /** {@code fen} as decimal text with two decimals. */
    public static String decimal(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** Every part of the trees, in order. */
    public static List<String> parts(List<Tree> trees) {
        return trees.stream().flatMap(t -> t.parts().stream()).collect(Collectors.toList());
    }
}
