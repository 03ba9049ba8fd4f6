package io.trellis.chaincode.testing;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.api.voucher.LineUse;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import java.time.LocalDate;
import java.util.List;

/** Vouchers for rule tests, built directly: rules are pure and need no ledger. */
public final class Vouchers {
    public static final String OBLIGOR = ScfWorld.CORE;
    public static final LocalDate ISSUED_ON = ScfWorld.TODAY;
    public static final LocalDate MATURITY = ScfWorld.MATURITY;

    private Vouchers() {
    }

    /** An unpaid voucher of {@code fen} whose issuance allocation is all on slot 0. */
    public static Voucher voucher(String id, String holderId, VoucherStatus status, long fen, int tier) {
        return withAllocation(id, holderId, status, fen, tier, List.of(new SlotAmount(0, fen)));
    }

    public static Voucher withAllocation(String id, String holderId, VoucherStatus status, long fen, int tier,
            List<SlotAmount> allocation) {
        String root = id.contains("-") ? id.substring(0, id.indexOf('-')) : id;
        String parent = id.contains("-") ? id.substring(0, id.lastIndexOf('-')) : null;
        Money amount = Money.of(fen, "CNY");
        return new Voucher(id, root, parent, OBLIGOR, holderId, amount, amount, ISSUED_ON, MATURITY, tier, status,
                List.of(), List.of(), allocation, null, null, null, "2026-03-02T08:00:00Z", 1);
    }

    /** The same voucher, financed by {@code financierId} whose line holds it on {@code lineSlot}. */
    public static Voucher financed(Voucher voucher, String financierId, int lineSlot) {
        return voucher.withFinancing(VoucherStatus.FINANCED, "FN1",
                new LineUse(financierId, List.of(new SlotAmount(lineSlot, voucher.outstanding().minor()))), financierId);
    }
}
