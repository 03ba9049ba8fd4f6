package io.trellis.chaincode.testing;

import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingDecision;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.core.Ids;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SCF network on an in-memory ledger: one KYC-approved party per role, each with its own Fabric
 * identity, and shortcuts for the steps most tests need before the one they are about.
 */
public final class ScfWorld {
    public static final String CORE = ScenarioIds.party("91310000000000001");
    public static final String TIER1 = ScenarioIds.party("91310000000000011");
    public static final String TIER2 = ScenarioIds.party("91310000000000012");
    public static final String TIER3 = ScenarioIds.party("91310000000000013");
    public static final String BANK = ScenarioIds.party("91110000000000021");
    public static final String BANK2 = ScenarioIds.party("91110000000000022");
    public static final String SECURITIES = ScenarioIds.party("91310000000000031");
    public static final String INVESTOR = ScenarioIds.party("91310000000000041");
    public static final String SERVICER = ScenarioIds.party("91310000000000051");
    public static final String AUDITOR = ScenarioIds.party("91310000000000061");
    public static final String PENDING_SUPPLIER = ScenarioIds.party("91310000000000019");
    /** Parties the ABS tests add (see AbsWorld): more obligors, investors and a rating agency. */
    public static final String CORE2 = ScenarioIds.party("91310000000000002");
    public static final String CORE3 = ScenarioIds.party("91310000000000003");
    public static final String INVESTOR2 = ScenarioIds.party("91310000000000042");
    public static final String INVESTOR3 = ScenarioIds.party("91310000000000043");
    public static final String INVESTOR4 = ScenarioIds.party("91310000000000044");
    public static final String RATER = ScenarioIds.party("91310000000000052");

    /** Where every scenario starts: 2026-03-02T08:00Z, 16:00 in Shanghai. */
    public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    /** Business date of the harness clock (2026-03-02T08:00Z is 16:00 in Shanghai). */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final LocalDate MATURITY = LocalDate.of(2026, 9, 1);
    /** 09:00 in Shanghai on the maturity date. */
    public static final Instant AT_MATURITY = Instant.parse("2026-09-01T01:00:00Z");

    /** The in-memory peer, for tests that reach past the world; null when the world runs on a real network. */
    public final ChaincodeHarness chain;
    private final ScenarioLedger ledger;
    private final Map<String, Org> hosts = new HashMap<>();
    private final AtomicInteger invoiceNumbers = new AtomicInteger();

    public ScfWorld() {
        this(new InMemoryScenarioLedger());
    }

    public ScfWorld(ScenarioLedger ledger) {
        this.ledger = ledger;
        this.chain = ledger instanceof InMemoryScenarioLedger inMemory ? inMemory.harness() : null;
        ledger.setClock(START);
        party(CORE, PartyRole.CORE_ENTERPRISE, Org.PLATFORM, true);
        party(TIER1, PartyRole.SUPPLIER, Org.PLATFORM, true);
        party(TIER2, PartyRole.SUPPLIER, Org.PLATFORM, true);
        party(TIER3, PartyRole.SUPPLIER, Org.PLATFORM, true);
        party(BANK, PartyRole.FINANCIER, Org.BANK, true);
        party(BANK2, PartyRole.FINANCIER, Org.BANK, true);
        party(SECURITIES, PartyRole.SECURITIES_FIRM, Org.SECURITIES, true);
        party(INVESTOR, PartyRole.INVESTOR, Org.SECURITIES, true);
        party(SERVICER, PartyRole.SERVICE_PROVIDER, Org.SECURITIES, true);
        party(AUDITOR, PartyRole.AUDITOR, Org.PLATFORM, true);
        party(PENDING_SUPPLIER, PartyRole.SUPPLIER, Org.PLATFORM, false);
    }

    public static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    /** The Fabric identity party {@code id} signs with on the in-memory peer. */
    public static Caller as(String id) {
        return InMemoryScenarioLedger.callerOf(id, defaultHostOf(id));
    }

    public static String hash(String text) {
        return Hashes.sha256Hex(text);
    }

    public ChaincodeHarness.Result submit(String partyId, String transaction, Object argument) {
        return ledger.submit(partyId, hostOf(partyId), transaction, argument, Map.of());
    }

    /** The instant the next transactions carry. */
    public void at(Instant time) {
        ledger.setClock(time);
    }

    public void grantLine(String bankId, long fen) {
        grantLine(bankId, CORE, fen);
    }

    public void grantLine(String bankId, String coreId, long fen) {
        submit(bankId, TxName.GRANT_CREDIT_LINE, new GrantCreditLineRequest(coreId, cny(fen))).as(Object.class);
    }

    /** CORE names {@code bankId} its settlement bank: only that bank may then post CORE's payments. */
    public void designateBank(String bankId) {
        designateBank(CORE, bankId);
    }

    public void designateBank(String coreId, String bankId) {
        submit(coreId, TxName.DESIGNATE_SETTLEMENT_BANK, new SettlementAccountRequest(bankId, accountOf(coreId)))
                .as(Object.class);
    }

    /** The account number the world's cores designate: any id gives a valid one. */
    public static String accountOf(String coreId) {
        return "ACC-" + hash(coreId).substring(0, 12);
    }

    /** The {@code n}-th payout (1-based) of {@code bankId}'s payment {@code paymentId}. */
    public static Payout payout(String bankId, String paymentId, int n, String voucherId, String holderId, String poolId,
            long fen) {
        return new Payout(Ids.payout(bankId, paymentId, n), voucherId, holderId, poolId, cny(fen));
    }

    public Invoice registeredInvoice(String sellerId, long fen) {
        return registeredInvoice(sellerId, CORE, fen);
    }

    public Invoice registeredInvoice(String sellerId, String buyerId, long fen) {
        int invoiceNumber = invoiceNumbers.incrementAndGet();
        return submit(sellerId, TxName.REGISTER_INVOICE, new RegisterInvoiceRequest(buyerId, "3100261130",
                String.format("%08d", invoiceNumber), cny(fen), TODAY.minusDays(5), hash("invoice " + invoiceNumber)))
                .as(Invoice.class);
    }

    public Invoice confirmedInvoice(String sellerId, long fen) {
        return confirmedInvoice(sellerId, CORE, fen);
    }

    public Invoice confirmedInvoice(String sellerId, String buyerId, long fen) {
        Invoice invoice = registeredInvoice(sellerId, buyerId, fen);
        return submit(buyerId, TxName.CONFIRM_INVOICE, new InvoiceDecision(invoice.id(), null)).as(Invoice.class);
    }

    public Voucher issued(String supplierId, long fen) {
        return issued(CORE, supplierId, fen, MATURITY);
    }

    /** A voucher of {@code coreId} to {@code supplierId}; the core needs a credit line first. */
    public Voucher issued(String coreId, String supplierId, long fen, LocalDate maturity) {
        Invoice invoice = confirmedInvoice(supplierId, coreId, fen);
        return submit(coreId, TxName.ISSUE_VOUCHER, new IssueVoucherRequest(supplierId, cny(fen), maturity,
                List.of(invoice.id()))).as(Voucher.class);
    }

    public Voucher active(String supplierId, long fen) {
        return active(CORE, supplierId, fen, MATURITY);
    }

    public Voucher active(String coreId, String supplierId, long fen, LocalDate maturity) {
        Voucher voucher = issued(coreId, supplierId, fen, maturity);
        return submit(supplierId, TxName.ACCEPT_VOUCHER, new VoucherDecision(voucher.id(), null)).as(Voucher.class);
    }

    public Financing applied(String holderId, String voucherId, String bankId) {
        return submit(holderId, TxName.APPLY_FINANCING, new ApplyFinancingRequest(voucherId, bankId)).as(Financing.class);
    }

    public ChaincodeHarness.Result approve(String bankId, String financingId, TermsOffer offer) {
        return ledger.submit(bankId, hostOf(bankId), TxName.APPROVE_FINANCING, new FinancingDecision(financingId, null),
                Map.of(TxName.TRANSIENT_TERMS, JsonCodec.toBytes(offer)));
    }

    public Voucher voucher(String id) {
        return submit(CORE, TxName.GET_VOUCHER, id).as(Voucher.class);
    }

    /** The domain events of the last committed transaction. */
    public List<DomainEvent> lastEvents() {
        return ledger.lastEvents();
    }

    public static String asText(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** Registers and approves another party; its MSP must be known to {@link #as}. */
    public void register(String id, PartyRole role, Org org) {
        party(id, role, org, true);
    }

    /** The platform, keeper of the company registry, admits {@code id} to {@code org} (see PartyRules.requireAdmitted). */
    public void admit(String id, Org org) {
        ledger.submitAsOperator(Org.PLATFORM, TxName.ADMIT_PARTY, new AdmitPartyRequest(id, org)).as(Object.class);
    }

    private void party(String id, PartyRole role, Org org, boolean approve) {
        hosts.put(id, org);
        if (org != Org.PLATFORM) {
            admit(id, org);
        }
        ledger.submitAsOperator(org, TxName.REGISTER_PARTY, new RegisterPartyRequest(id, "Party " + id, List.of(role),
                org, ledger.certificateIdOf(id, org))).as(Object.class);
        if (approve) {
            ledger.submitAsOperator(org, TxName.REVIEW_KYC, new ReviewKycRequest(id, KycStatus.APPROVED)).as(Object.class);
        }
    }

    private Org hostOf(String partyId) {
        return hosts.getOrDefault(partyId, defaultHostOf(partyId));
    }

    private static final Set<String> BANK_HOSTED = Set.of(BANK, BANK2);
    private static final Set<String> SECURITIES_HOSTED = Set.of(SECURITIES, INVESTOR, SERVICER, INVESTOR2, INVESTOR3,
            INVESTOR4, RATER);

    /** Where the world's own parties are hosted; any other id is taken to be a platform party. */
    private static Org defaultHostOf(String id) {
        return BANK_HOSTED.contains(id) ? Org.BANK : SECURITIES_HOSTED.contains(id) ? Org.SECURITIES : Org.PLATFORM;
    }
}
