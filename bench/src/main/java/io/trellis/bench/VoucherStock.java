package io.trellis.bench;

import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedQueue;

/** ACTIVE vouchers ready for the voucher workloads, shared by all clients; each is handed out once. */
final class VoucherStock {
    private final ConcurrentLinkedQueue<StockVoucher> vouchers = new ConcurrentLinkedQueue<>();

    void addAll(Collection<StockVoucher> made) {
        vouchers.addAll(made);
    }

    StockVoucher take() {
        StockVoucher voucher = vouchers.poll();
        if (voucher == null) {
            throw new ExhaustedException();
        }
        return voucher;
    }

    int size() {
        return vouchers.size();
    }

    /** The setup made too few vouchers for the rate reached: the client stops, and the report says so. */
    static final class ExhaustedException extends RuntimeException {
        ExhaustedException() {
            super("the voucher stock is used up", null, false, false);
        }
    }
}
