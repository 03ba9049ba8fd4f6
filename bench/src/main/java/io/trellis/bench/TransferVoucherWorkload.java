package io.trellis.bench;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.ledger.LedgerCall;

/** {@code TransferVoucher} through ledger-client, signed by the holding supplier; chains as {@link TransferChains}. */
public final class TransferVoucherWorkload implements LedgerWorkload {
    private final Fixture fixture;
    private final TransferChains chains;

    TransferVoucherWorkload(Fixture fixture, VoucherStock stock, int tierLimit, int clients) {
        this.fixture = fixture;
        this.chains = new TransferChains(fixture, stock, tierLimit, clients);
    }

    @Override
    public String name() {
        return "transfer-voucher";
    }

    @Override
    public LedgerCall next(int client, long sequence) {
        TransferChains.Transfer transfer = chains.next(client);
        return LedgerCall.json(fixture.supplier(transfer.voucher().holder()).identity(), TxName.TRANSFER_VOUCHER,
                new TransferVoucherRequest(transfer.voucher().id(), fixture.supplier(transfer.recipient()).id()));
    }

    @Override
    public void committed(int client) {
        chains.committed(client);
    }
}
