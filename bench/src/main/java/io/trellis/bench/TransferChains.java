package io.trellis.bench;

/**
 * Which voucher each transfer client passes on next, and to whom: the child its last transfer made, to the next
 * supplier round the ring, until the tier limit; then a fresh voucher from the stock. A chain saves setup: one
 * stock voucher serves up to {@code tierLimit - tier} transfers. A failed transfer drops its chain.
 */
final class TransferChains {
    private final Fixture fixture;
    private final VoucherStock stock;
    private final int tierLimit;
    /** Per client: the voucher it holds next, or null to take one from the stock. */
    private final StockVoucher[] ready;
    /** Per client: the transfer in flight. */
    private final Transfer[] sent;

    /** A voucher and the index of the supplier it goes to. */
    record Transfer(StockVoucher voucher, int recipient) {
    }

    TransferChains(Fixture fixture, VoucherStock stock, int tierLimit, int clients) {
        this.fixture = fixture;
        this.stock = stock;
        this.tierLimit = tierLimit;
        this.ready = new StockVoucher[clients];
        this.sent = new Transfer[clients];
    }

    /** The transfer {@code client} makes next; until {@link #committed} it counts as failed. */
    Transfer next(int client) {
        StockVoucher voucher = ready[client];
        ready[client] = null;
        if (voucher == null || voucher.tier() >= tierLimit) {
            voucher = stock.take();
        }
        Transfer transfer = new Transfer(voucher, fixture.nextSupplier(voucher.holder()));
        sent[client] = transfer;
        return transfer;
    }

    /** {@code client}'s transfer committed: it passes on the child next. */
    void committed(int client) {
        Transfer done = sent[client];
        ready[client] = done.voucher().transferredTo(done.recipient());
    }
}
