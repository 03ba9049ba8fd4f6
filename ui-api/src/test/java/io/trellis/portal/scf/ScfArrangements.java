package io.trellis.portal.scf;

import io.restassured.path.json.JsonPath;
import io.trellis.chaincode.api.Hashes;
import io.trellis.testing.parties.Onboarding;
import io.trellis.testing.parties.Onboarding.Member;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a desk test arranges before its story through scf-service's REST as the parties themselves (lines, invoices,
 * vouchers): the steps the story walks through the pages are never arranged here.
 */
public final class ScfArrangements {
    public static final String SCF = "http://127.0.0.1:" + System.getenv().getOrDefault("SCF_SERVICE_PORT", "8081");
    /** The ledger's business date (UTC+08:00). */
    public static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final Onboarding onboarding;

    public ScfArrangements(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    public void grantLine(Member bank, Member core, String limit) {
        onboarding.as(bank, SCF).body(Map.of("obligorId", core.id(), "limit", cny(limit)))
                .when().post("/credit-lines").then().log().ifValidationFails().statusCode(201);
    }

    /** A fresh invoice code and number, unique within this run (the seller's ids are fresh for each run). */
    public static String[] nextCodeAndNumber() {
        int n = NUMBERS.incrementAndGet();
        return new String[] {"044001" + n, String.format("%08d", n)};
    }

    /** Registers an invoice as the supplier; answers its id. */
    public String registerInvoice(Member supplier, Member core, String amount) {
        return registerInvoice(supplier, core, amount, nextCodeAndNumber());
    }

    /** Registers an invoice with the code and number printed on it; answers its id. */
    public String registerInvoice(Member supplier, Member core, String amount, String[] codeAndNumber) {
        return onboarding.as(supplier, SCF).body(Map.of("buyerId", core.id(), "invoiceCode", codeAndNumber[0],
                "invoiceNumber", codeAndNumber[1], "amount", cny(amount), "issueDate", TODAY.toString(),
                "documentHash", Hashes.sha256Hex(codeAndNumber[0] + codeAndNumber[1])))
                .when().post("/invoices").then().log().ifValidationFails().statusCode(201).extract().path("result.id");
    }

    public void confirmInvoice(Member core, String invoiceId) {
        onboarding.as(core, SCF).when().post("/invoices/" + invoiceId + "/confirm").then().log().ifValidationFails().statusCode(200);
    }

    /** Issues a voucher as the core enterprise; answers its id. */
    public String issueVoucher(Member core, Member supplier, String amount, LocalDate maturity, String invoiceId) {
        return onboarding.as(core, SCF).body(Map.of("supplierId", supplier.id(), "amount", cny(amount),
                "maturityDate", maturity.toString(), "invoiceIds", List.of(invoiceId)))
                .when().post("/vouchers").then().log().ifValidationFails().statusCode(201).extract().path("result.id");
    }

    public void accept(Member supplier, String voucherId) {
        onboarding.as(supplier, SCF).when().post("/vouchers/" + voucherId + "/accept").then().log().ifValidationFails().statusCode(200);
    }

    public void split(Member supplier, String voucherId, String... parts) {
        onboarding.as(supplier, SCF).body(Map.of("parts", List.of(parts).stream().map(ScfArrangements::cny).toList()))
                .when().post("/vouchers/" + voucherId + "/split").then().log().ifValidationFails().statusCode(200);
    }

    /** The vouchers {@code holder} holds, as it sees them. */
    public JsonPath vouchersOf(Member holder) {
        return onboarding.as(holder, SCF).queryParam("holder", holder.id()).queryParam("size", 200)
                .when().get("/vouchers").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }
}
