package io.trellis.bench;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.ledger.LedgerCall;

/** {@code ApplyFinancing}: the holder of a stock voucher offers it to the fixture's financier; one voucher per call. */
public final class ApplyFinancingWorkload implements LedgerWorkload {
    private final Fixture fixture;
    private final VoucherStock stock;

    ApplyFinancingWorkload(Fixture fixture, VoucherStock stock) {
        this.fixture = fixture;
        this.stock = stock;
    }

    @Override
    public String name() {
        return "apply-financing";
    }

    @Override
    public LedgerCall next(int client, long sequence) {
        StockVoucher voucher = stock.take();
        return LedgerCall.json(fixture.supplier(voucher.holder()).identity(), TxName.APPLY_FINANCING,
                new ApplyFinancingRequest(voucher.id(), fixture.financier().id()));
    }
}
