package io.trellis.scf.desk;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static io.trellis.scf.support.HostileRequests.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.VouchersByHolderQuery;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.LedgerException;
import io.trellis.ledger.wiring.PartyIdentities;
import io.trellis.desk.problem.ServiceCode;
import io.trellis.scf.support.Api;
import io.trellis.scf.support.FreshParties;
import io.trellis.scf.support.FreshWallet;
import io.trellis.scf.support.HostileRequests;
import io.trellis.scf.support.HostileRequests.Hostile;
import io.trellis.scf.support.HostileRequests.Kind;
import io.trellis.scf.support.IsolatedProjection;
import io.trellis.scf.support.ScfRecords;
import io.trellis.scf.support.Tokens;
import io.trellis.testing.ids.FreshPartyIds;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every write of the SCF desk and the party registry, driven through REST with a few hundred generated hostile
 * requests each (wrong types and forms, huge numbers, fractions and exponents, three-decimal and negative amounts,
 * control characters and NUL, unknown and duplicate keys, missing fields, over-long text, ids of others, a
 * Content-Type the endpoint does not read, hostile path ids, the call made by another party of the same role).
 * Each answer is a 4xx problem+json with a known code, never a 5xx or a stack trace; and the ledger is unchanged:
 * the objects each endpoint could change (read on the ledger as their parties) are compared before and after.
 * Seeded ({@code -Dtrellis.fuzz.seed}), {@code -Dtrellis.fuzz.tries} requests per endpoint (default 200).
 */
@QuarkusTest
@QuarkusTestResource(value = IsolatedProjection.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FreshWallet.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskFuzzIT {
    private static final long SEED = Long.getLong("trellis.fuzz.seed", 20_260_302L);
    private static final int TRIES = Integer.getInteger("trellis.fuzz.tries", 200);
    private static final int SENDERS = 4;
    /** Endpoint names to fuzz, comma-separated (all when unset): for looking into one. */
    private static final String ONLY = System.getProperty("trellis.fuzz.only");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    private static final Set<String> KNOWN_CODES = Stream.concat(Arrays.stream(ErrorCode.values()).map(Enum::name),
            Arrays.stream(ServiceCode.values()).map(Enum::name)).collect(Collectors.toSet());
    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    /** Path ids no write may act on: control characters, NUL, over-long, traversal, of another kind, unknown. */
    private static final List<String> HOSTILE_PATH_IDS = List.of("\u0000", "a\u0000b", "\u0007", "..", "x".repeat(3_000),
            "CV00000000000000000000", "FN00000000000000000000", "' OR 1=1 --", "%00", "\ud800", " ", "91310000MA1K00001I");

    @Inject
    LedgerClient ledger;
    @Inject
    PartyIdentities identities;

    private FreshParties parties;
    private FreshParties.Fresh core;
    private FreshParties.Fresh core2;
    private FreshParties.Fresh supplier;
    private FreshParties.Fresh supplier2;
    private FreshParties.Fresh bank;
    private FreshParties.Fresh bank2;
    private String pendingParty;
    private String registeredInvoice;
    private String unpledgedInvoice;
    private String issuedVoucher;
    /** An id nobody registered or admitted: the admission endpoint's target. */
    private String unadmittedParty;
    private String activeVoucher;
    private String appliedFinancing;

    /** An endpoint under fuzz: who calls it, where, its valid body and how each field may be broken. */
    record Endpoint(String name, String caller, String foreignCaller, String path, String pathTarget,
                    Map<String, Object> valid, Map<String, Kind> kinds, List<String> required,
                    Map<String, List<String>> others, boolean readsJson) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Once, before the first test: REST Assured knows the service's port only from then on. */
    @BeforeEach
    void buildAWorldToAttack() {
        if (parties != null) {
            return;
        }
        parties = new FreshParties();
        core = parties.register(PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        core2 = parties.register(PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        supplier = parties.register(PartyRole.SUPPLIER, Org.PLATFORM);
        supplier2 = parties.register(PartyRole.SUPPLIER, Org.PLATFORM);
        bank = parties.register(PartyRole.FINANCIER, Org.BANK);
        bank2 = parties.register(PartyRole.FINANCIER, Org.BANK);
        pendingParty = FreshPartyIds.next();
        unadmittedParty = FreshPartyIds.next();
        Api.as("operator.platform").contentType(ContentType.JSON)
                .body(Map.of("id", pendingParty, "name", "Pending " + pendingParty, "roles", List.of("SUPPLIER")))
                .post("/parties").then().statusCode(201);
        as(bank).body("{\"obligorId\":\"" + core.id() + "\",\"limit\":{\"amount\":\"10000000.00\",\"currency\":\"CNY\"}}")
                .post("/credit-lines").then().statusCode(201);
        registeredInvoice = invoice(false);
        unpledgedInvoice = invoice(true);
        issuedVoucher = voucher(invoice(true), false);
        activeVoucher = voucher(invoice(true), true);
        String financed = voucher(invoice(true), true);
        appliedFinancing = as(supplier).body("{\"voucherId\":\"" + financed + "\",\"financierId\":\"" + bank.id() + "\"}")
                .post("/financings").then().statusCode(201).extract().path("result.id");
    }

    @AfterAll
    void removeUsers() {
        parties.close();
    }

    private static RequestSpecification as(FreshParties.Fresh party) {
        return Api.as(party.username()).contentType(ContentType.JSON);
    }

    private String invoice(boolean confirmed) {
        String number = String.valueOf(10_000_000 + (UUID.randomUUID().getMostSignificantBits() & 0x3FFFFFF));
        String id = as(supplier).body("{\"buyerId\":\"" + core.id() + "\",\"invoiceCode\":\"3100261130\",\"invoiceNumber\":\""
                        + number + "\",\"amount\":{\"amount\":\"1000000.00\",\"currency\":\"CNY\"},\"issueDate\":\"2026-02-20\","
                        + "\"documentHash\":\"" + ScfRecords.hex(32) + "\"}")
                .post("/invoices").then().statusCode(201).extract().path("result.id");
        if (confirmed) {
            as(core).post("/invoices/" + id + "/confirm").then().statusCode(200);
        }
        return id;
    }

    private String voucher(String invoiceId, boolean accepted) {
        String id = as(core).body("{\"supplierId\":\"" + supplier.id() + "\",\"amount\":{\"amount\":\"800000.00\","
                        + "\"currency\":\"CNY\"},\"maturityDate\":\"" + TODAY.plusDays(180) + "\",\"invoiceIds\":[\""
                        + invoiceId + "\"]}")
                .post("/vouchers").then().statusCode(201).extract().path("result.id");
        if (accepted) {
            as(supplier).post("/vouchers/" + id + "/accept").then().statusCode(200);
        }
        return id;
    }

    // --- What the endpoints could change, read on the ledger as the parties to it

    private String read(FreshParties.Fresh reader, Org org, String transaction, String argument) {
        try {
            return ledger.evaluate(new LedgerCall(identities.find(reader.id(), org).orElseThrow(), transaction, argument,
                    Map.of()), JsonNode.class).toString();
        } catch (LedgerException e) {
            return transaction + " " + argument + " -> " + e.code();
        }
    }

    private Map<String, String> ledgerState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("line", read(bank, Org.BANK, TxName.GET_CREDIT_LINE,
                JsonCodec.toJson(new CreditLineKey(bank.id(), core.id()))));
        state.put("line to core2", read(bank, Org.BANK, TxName.GET_CREDIT_LINE,
                JsonCodec.toJson(new CreditLineKey(bank.id(), core2.id()))));
        state.put("limit", read(core, Org.PLATFORM, TxName.GET_ISSUANCE_LIMIT, core.id()));
        state.put("registered invoice", read(supplier, Org.PLATFORM, TxName.GET_INVOICE, registeredInvoice));
        state.put("unpledged invoice", read(supplier, Org.PLATFORM, TxName.GET_INVOICE, unpledgedInvoice));
        state.put("issued voucher", read(supplier, Org.PLATFORM, TxName.GET_VOUCHER, issuedVoucher));
        state.put("active voucher", read(supplier, Org.PLATFORM, TxName.GET_VOUCHER, activeVoucher));
        for (FreshParties.Fresh holder : List.of(supplier, supplier2)) {
            state.put("held by " + holder.id(), read(holder, Org.PLATFORM, TxName.LIST_VOUCHERS_BY_HOLDER,
                    JsonCodec.toJson(new VouchersByHolderQuery(holder.id(), 100, ""))));
        }
        state.put("financing", read(bank, Org.BANK, TxName.GET_FINANCING, appliedFinancing));
        state.put("account", read(core, Org.PLATFORM, TxName.GET_SETTLEMENT_ACCOUNT, core.id()));
        state.put("pending party", read(supplier, Org.PLATFORM, TxName.GET_PARTY, pendingParty));
        return state;
    }

    // --- The endpoints

    private static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> amount(String decimal) {
        return fields("amount", q(decimal), "currency", q("CNY"));
    }

    private static Map<String, Kind> amountKinds(String field) {
        return Map.of(field + ".amount", Kind.AMOUNT, field + ".currency", Kind.CURRENCY);
    }

    private static Map<String, Kind> kinds(Map<String, Kind> first, Object... more) {
        Map<String, Kind> all = new LinkedHashMap<>(first);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], (Kind) more[i + 1]);
        }
        return all;
    }

    private static List<String> ids(String... partyIds) {
        return Arrays.stream(partyIds).map(HostileRequests::q).toList();
    }

    private Stream<Endpoint> endpoints() {
        String bankU = bank.username();
        String coreU = core.username();
        String supplierU = supplier.username();
        String supplier2U = supplier2.username();
        String empty = "";
        List<String> noneRequired = List.of();
        Map<String, Object> noFields = Map.of();
        String parts = "parts";
        return Stream.of(
                new Endpoint("grant credit line", bankU, null, "/credit-lines", empty,
                        fields("obligorId", q(core2.id()), "limit", amount("5000.00")),
                        kinds(amountKinds("limit"), "obligorId", Kind.ID), List.of("obligorId", "limit"),
                        Map.of("obligorId", ids(supplier.id(), bank.id(), bank2.id(), pendingParty)), true),
                new Endpoint("reduce credit line", bankU, bank2.username(), "/credit-lines/{id}/reduce", core.id(),
                        fields("limit", amount("5000000.00")), amountKinds("limit"), List.of("limit"), Map.of(), true),
                new Endpoint("revoke credit line", bankU, bank2.username(), "/credit-lines/{id}/revoke", core.id(),
                        noFields, Map.of(), noneRequired, Map.of(), false),
                new Endpoint("register invoice", supplierU, null, "/invoices", empty,
                        fields("buyerId", q(core.id()), "invoiceCode", q("3100261130"), "invoiceNumber", q("77777777"),
                                "amount", amount("1000.00"), "issueDate", q("2026-02-20"),
                                "documentHash", q(ScfRecords.hex(32))),
                        kinds(amountKinds("amount"), "buyerId", Kind.ID, "invoiceCode", Kind.TEXT, "invoiceNumber",
                                Kind.TEXT, "issueDate", Kind.DATE, "documentHash", Kind.TEXT),
                        List.of("buyerId", "invoiceCode", "invoiceNumber", "amount", "issueDate", "documentHash"),
                        Map.of("buyerId", ids(supplier2.id(), bank.id(), pendingParty, supplier.id())), true),
                new Endpoint("confirm invoice", coreU, core2.username(), "/invoices/{id}/confirm", registeredInvoice,
                        noFields, Map.of(), noneRequired, Map.of(), false),
                new Endpoint("dispute invoice", coreU, core2.username(), "/invoices/{id}/dispute", registeredInvoice,
                        fields("reason", q("goods not delivered")), Map.of("reason", Kind.TEXT), List.of("reason"),
                        Map.of(), true),
                new Endpoint("cancel invoice", supplierU, supplier2U, "/invoices/{id}/cancel", registeredInvoice,
                        noFields, Map.of(), noneRequired, Map.of(), false),
                new Endpoint("issue voucher", coreU, null, "/vouchers", empty,
                        fields("supplierId", q(supplier.id()), "amount", amount("500000.00"),
                                "maturityDate", q(TODAY.plusDays(90).toString()), "invoiceIds", List.of(q(unpledgedInvoice))),
                        kinds(amountKinds("amount"), "supplierId", Kind.ID, "maturityDate", Kind.DATE,
                                "invoiceIds", Kind.LIST),
                        List.of("supplierId", "amount", "maturityDate", "invoiceIds"),
                        Map.of("supplierId", ids(core.id(), core2.id(), bank.id(), pendingParty),
                                "maturityDate", List.of(q("2020-01-01"), q(TODAY.minusDays(1).toString())),
                                "invoiceIds", List.of("[" + q(registeredInvoice) + "]", "[" + q(ScfRecords.hex(32)) + "]",
                                        "[" + q(issuedVoucher) + "]")), true),
                new Endpoint("accept voucher", supplierU, supplier2U, "/vouchers/{id}/accept", issuedVoucher,
                        noFields, Map.of(), noneRequired, Map.of(), false),
                new Endpoint("reject voucher", supplierU, supplier2U, "/vouchers/{id}/reject", issuedVoucher,
                        fields("reason", q("wrong amount")), Map.of("reason", Kind.OPTIONAL_TEXT), noneRequired,
                        Map.of(), false),
                new Endpoint("split voucher", supplierU, supplier2U, "/vouchers/{id}/split", activeVoucher,
                        fields(parts, List.of(amount("300000.00"), amount("500000.00"))), Map.of(parts, Kind.LIST),
                        List.of(parts), Map.of(parts, List.of(
                                "[{\"amount\":\"800000.00\",\"currency\":\"CNY\"}]",
                                "[{\"amount\":\"300000.001\",\"currency\":\"CNY\"},{\"amount\":\"499999.999\",\"currency\":\"CNY\"}]",
                                "[{\"amount\":\"300000.00\",\"currency\":\"CNY\"},{\"amount\":\"500000.01\",\"currency\":\"CNY\"}]",
                                "[{\"amount\":\"-100000.00\",\"currency\":\"CNY\"},{\"amount\":\"900000.00\",\"currency\":\"CNY\"}]",
                                "[{\"amount\":\"0.00\",\"currency\":\"CNY\"},{\"amount\":\"800000.00\",\"currency\":\"CNY\"}]",
                                "[{\"amount\":\"300000.00\",\"currency\":\"USD\"},{\"amount\":\"500000.00\",\"currency\":\"CNY\"}]",
                                "[{\"amount\":\"9223372036854775.807\",\"currency\":\"CNY\"},{\"amount\":\"1.00\",\"currency\":\"CNY\"}]",
                                "[{\"amount\":\"92233720368547758.07\",\"currency\":\"CNY\"},{\"amount\":\"92233720368547758.07\",\"currency\":\"CNY\"}]",
                                "[" + String.join(",", Collections.nCopies(100, "{\"amount\":\"8000.00\",\"currency\":\"CNY\"}")) + "]")),
                        true),
                new Endpoint("transfer voucher", supplierU, supplier2U, "/vouchers/{id}/transfer", activeVoucher,
                        fields("recipientId", q(supplier2.id())), Map.of("recipientId", Kind.ID), List.of("recipientId"),
                        Map.of("recipientId", ids(core.id(), bank.id(), supplier.id(), pendingParty)), true),
                new Endpoint("mark voucher overdue", supplierU, supplier2U, "/vouchers/{id}/overdue", activeVoucher,
                        noFields, Map.of(), noneRequired, Map.of(), false),
                new Endpoint("apply for financing", supplierU, supplier2U, "/financings", empty,
                        fields("voucherId", q(activeVoucher), "financierId", q(bank.id())),
                        Map.of("voucherId", Kind.ID, "financierId", Kind.ID), List.of("voucherId", "financierId"),
                        Map.of("voucherId", ids(issuedVoucher, "CV" + "0".repeat(20), registeredInvoice),
                                "financierId", ids(core.id(), supplier2.id(), bank2.id(), pendingParty)), true),
                new Endpoint("approve financing", bankU, bank2.username(), "/financings/{id}/approve", appliedFinancing,
                        fields("rateBps", "450", "valueDate", q(TODAY.toString())),
                        Map.of("rateBps", Kind.INT, "valueDate", Kind.DATE), List.of("rateBps", "valueDate"),
                        Map.of("rateBps", List.of("-450", "0.5")), true),
                new Endpoint("decline financing", bankU, bank2.username(), "/financings/{id}/decline", appliedFinancing,
                        fields("reason", q("rate not agreed")), Map.of("reason", Kind.OPTIONAL_TEXT), noneRequired,
                        Map.of(), false),
                new Endpoint("confirm disbursement", bankU, bank2.username(), "/financings/{id}/disbursement",
                        appliedFinancing, fields("paymentId", q("PAY-" + UUID.randomUUID())),
                        Map.of("paymentId", Kind.TEXT), List.of("paymentId"), Map.of(), true),
                new Endpoint("designate settlement bank", coreU, null, "/settlement-account", empty,
                        fields("bankId", q(bank.id()), "accountNumber", q("6222020000000001")),
                        Map.of("bankId", Kind.ID, "accountNumber", Kind.TEXT), List.of("bankId", "accountNumber"),
                        Map.of("bankId", ids(supplier.id(), core2.id(), pendingParty, core.id())), true),
                new Endpoint("register party", "operator.platform", null, "/parties", empty,
                        fields("id", q(FreshPartyIds.next()), "name", q("Fuzz Co."), "roles", List.of(q("SUPPLIER"))),
                        Map.of("id", Kind.ID, "name", Kind.TEXT, "roles", Kind.LIST), List.of("id", "name", "roles"),
                        Map.of("id", ids(supplier.id(), bank.id()), "roles", List.of("[\"KING\"]", "[\"supplier\"]")), true),
                new Endpoint("review KYC", "operator.platform", "operator.bank", "/parties/{id}/kyc", pendingParty,
                        fields("status", q("APPROVED")), Map.of("status", Kind.TEXT), List.of("status"),
                        Map.of("status", List.of(q("MAYBE"), q("approved"), q("APPROVED "))), true),
                new Endpoint("admit party", "operator.platform", "operator.bank", "/parties/{id}/admission",
                        unadmittedParty, fields("org", q("BankMSP")), Map.of("org", Kind.TEXT), List.of("org"),
                        Map.of("org", List.of(q("PlatformMSP"), q("bankmsp"), q("NowhereMSP"))), true));
    }

    private Endpoint endpoint(String name) {
        return endpoints().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    // --- The attack

    private static String tokenOf(String username) {
        return Tokens.of(username);
    }

    private Response send(String username, String path, String target, Hostile request) {
        return given().config(RAW).auth().oauth2(tokenOf(username)).contentType(request.contentType())
                .body(request.body())
                .when().post(path, target.isEmpty() ? new Object[0] : new Object[] {target});
    }

    /** Why {@code answer} is not a clean refusal, or null if it is. */
    private static String flaw(Response answer) {
        String body = answer.asString();
        if (answer.statusCode() < 400 || answer.statusCode() > 499) {
            return "status " + answer.statusCode() + ": " + abbreviate(body);
        }
        if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
            return "content type " + answer.contentType() + " (status " + answer.statusCode() + "): " + abbreviate(body);
        }
        String code = answer.path("code");
        if (!KNOWN_CODES.contains(code)) {
            return "unknown code " + code + ": " + abbreviate(body);
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("io.trellis.")) {
            return "a stack trace or class name in the answer: " + abbreviate(body);
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"grant credit line", "reduce credit line", "revoke credit line", "register invoice",
            "confirm invoice", "dispute invoice", "cancel invoice", "issue voucher", "accept voucher", "reject voucher",
            "split voucher", "transfer voucher", "mark voucher overdue", "apply for financing", "approve financing",
            "decline financing", "confirm disbursement", "designate settlement bank", "register party", "review KYC",
            "admit party"})
    void every_hostile_request_is_a_4xx_problem_with_a_known_code_and_changes_nothing(String name) {
        assumeTrue(ONLY == null || ONLY.contains(name), "trellis.fuzz.only leaves out " + name);
        Endpoint endpoint = endpoint(name);
        List<Hostile> requests = new ArrayList<>(new HostileRequests(SEED ^ endpoint.name().hashCode(), endpoint.valid(),
                endpoint.kinds(), endpoint.required(), endpoint.others(), endpoint.readsJson()).take(TRIES));
        Hostile valid = new Hostile("valid body", "application/json",
                HostileRequests.json(endpoint.valid()));
        Map<String, String> before = ledgerState();

        // Refusals change nothing, so their order does not matter: four at a time keep both cores and the peers busy.
        List<String> flaws = new CopyOnWriteArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(SENDERS)) {
            for (Hostile request : requests) {
                senders.submit(() -> {
                    String flaw = flaw(send(endpoint.caller(), endpoint.path(), endpoint.pathTarget(), request));
                    if (flaw != null) {
                        flaws.add(request.label() + " " + abbreviate(request.body()) + " -> " + flaw);
                    }
                });
            }
        }
        if (!endpoint.pathTarget().isEmpty()) {
            for (String id : HOSTILE_PATH_IDS) {
                String flaw = flaw(send(endpoint.caller(), endpoint.path(), id, valid));
                if (flaw != null) {
                    flaws.add("path id " + abbreviate(id) + " -> " + flaw);
                }
            }
        }
        if (endpoint.foreignCaller() != null) {
            String flaw = flaw(send(endpoint.foreignCaller(), endpoint.path(), endpoint.pathTarget(), valid));
            if (flaw != null) {
                flaws.add("the valid call by another party " + endpoint.foreignCaller() + " -> " + flaw);
            }
        }

        assertThat(flaws).as("%s: %d hostile requests", endpoint.name(), requests.size()).isEmpty();
        assertThat(ledgerState()).as("%s: the ledger after the hostile requests", endpoint.name()).isEqualTo(before);
    }
}
