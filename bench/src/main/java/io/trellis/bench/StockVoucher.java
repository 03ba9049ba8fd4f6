package io.trellis.bench;

/**
 * An ACTIVE voucher made for the benchmark before a measured window.
 *
 * @param id     voucher id
 * @param holder index of the holding supplier in the {@link Fixture}
 * @param tier   its tier (a root is 1; each split or transfer adds one)
 */
record StockVoucher(String id, int holder, int tier) {

    /** The child a whole transfer makes: the chaincode names the only child {@code <id>-01}, one tier down. */
    StockVoucher transferredTo(int recipient) {
        return new StockVoucher(id + "-01", recipient, tier + 1);
    }
}
