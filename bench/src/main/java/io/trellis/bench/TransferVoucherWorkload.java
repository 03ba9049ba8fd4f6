package io.trellis.bench;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.ledger.LedgerCall;

/**
 * {@code TransferVoucher}: each client passes a voucher on to the next supplier, then passes on the child it
 * made, until the tier limit; then it takes a fresh voucher from the stock. A chain saves setup: one stock
 * voucher serves up to {@code tierLimit - tier} transfers. A failed transfer drops its chain.
 */
public final class TransferVoucherWorkload implements Workload {
    private final Fixture fixture;
    private final VoucherStock stock;
    private final int tierLimit;
    /** Per client: the voucher it holds next, or null to take one from the stock. */
    private final StockVoucher[] ready;
    /** Per client: the voucher of the call in flight, and where it goes. */
    private final StockVoucher[] sent;
    private final int[] recipients;

    TransferVoucherWorkload(Fixture fixture, VoucherStock stock, int tierLimit, int clients) {
        this.fixture = fixture;
        this.stock = stock;
        this.tierLimit = tierLimit;
        this.ready = new StockVoucher[clients];
        this.sent = new StockVoucher[clients];
        this.recipients = new int[clients];
    }

    @Override
    public String name() {
        return "transfer-voucher";
    }

    @Override
    public LedgerCall next(int client, long sequence) {
        StockVoucher voucher = ready[client];
        ready[client] = null;
        if (voucher == null || voucher.tier() >= tierLimit) {
            voucher = stock.take();
        }
        int recipient = fixture.nextSupplier(voucher.holder());
        sent[client] = voucher;
        recipients[client] = recipient;
        return LedgerCall.json(fixture.supplier(voucher.holder()).identity(), TxName.TRANSFER_VOUCHER,
                new TransferVoucherRequest(voucher.id(), fixture.supplier(recipient).id()));
    }

    @Override
    public void committed(int client) {
        ready[client] = sent[client].transferredTo(recipients[client]);
    }
}
