package io.trellis.scf.support;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.CreditLineStatus;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyIdentity;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Ledger records as the chaincode writes them, between the realm's demo parties, in CNY fen. */
public final class ScfRecords {
    public static final String CORE1 = "91310000MA1K000019";
    public static final String SUPPLIER1 = "91310000MA1K00002C";
    public static final String SUPPLIER2 = "91310000MA1K00003F";
    public static final String BANK1 = "91310000MA1K00004J";
    public static final LocalDate ISSUED_ON = LocalDate.parse("2026-03-02");
    public static final LocalDate MATURITY = LocalDate.parse("2026-09-30");
    private static final String CREATED_AT = "2026-03-02T02:15:00Z";

    private ScfRecords() {
    }

    public static Money cny(long fen) {
        return Money.of(fen, "CNY");
    }

    /** A fresh id of the given kind: {@code CV}/{@code FN}/{@code AP} + 20 upper-case hex, as ids derive from tx ids. */
    public static String id(String prefix) {
        return prefix + hex(10).toUpperCase();
    }

    public static CreditLine line(String financier, String obligor, long limitFen) {
        return new CreditLine(CreditLine.idOf(financier, obligor), financier, obligor, cny(limitFen), 32, CreditLineStatus.ACTIVE, CREATED_AT, 1);
    }

    public static Invoice invoice(String seller, String buyer, long fen) {
        return new Invoice(hex(32), seller, buyer, "3100261130", String.valueOf(10_000_000 + fen % 9_000_000),
                cny(fen), LocalDate.parse("2026-02-20"), hex(32), InvoiceStatus.REGISTERED, null, null, CREATED_AT, 1);
    }

    public static Voucher root(String obligor, String holder, long fen, List<String> invoiceIds) {
        String id = id("CV");
        return new Voucher(id, id, null, obligor, holder, cny(fen), cny(fen), ISSUED_ON, MATURITY, 1,
                VoucherStatus.ISSUED, invoiceIds, List.of(), List.of(new SlotAmount(3, fen)), null, null, null,
                CREATED_AT, 1);
    }

    /** The {@code n}-th child of {@code parent}, as a split or transfer creates it. */
    public static Voucher child(Voucher parent, int n, String holder, long fen) {
        return new Voucher(parent.id() + String.format("-%02d", n), parent.rootId(), parent.id(), parent.obligorId(),
                holder, cny(fen), cny(fen), parent.issueDate(), parent.maturityDate(), parent.tier() + 1,
                VoucherStatus.ACTIVE, List.of(), List.of(), List.of(new SlotAmount(3, fen)), null, null, null,
                "2026-03-05T06:00:00Z", 1);
    }

    public static Financing financing(Voucher voucher, String financier) {
        return new Financing(id("FN"), voucher.id(), voucher.holderId(), financier, voucher.obligorId(),
                voucher.amount(), voucher.maturityDate(), FinancingStatus.APPLIED, null, null, null,
                "2026-03-09T03:00:00Z", 1);
    }

    /** A KYC-approved party of {@code org}: where it is hosted is what its operator's read visibility follows. */
    public static Party party(String id, PartyRole role, Org org) {
        String ca = "CN=ca." + org.name().toLowerCase(Locale.ROOT);
        return new Party(id, role + " " + id, List.of(role), org, KycStatus.APPROVED,
                new PartyIdentity(org.mspId(), "x509::CN=" + id + "::" + ca), CREATED_AT, "x509::CN=Admin::" + ca, 1);
    }

    public static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
