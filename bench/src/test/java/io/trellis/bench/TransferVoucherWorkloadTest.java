package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.ledger.LedgerCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferVoucherWorkloadTest {
    private final Fixture fixture = Fixtures.threeSuppliers();
    private final VoucherStock stock = new VoucherStock();
    private final TransferVoucherWorkload workload = new TransferVoucherWorkload(fixture, stock, 4, 2);

    private static TransferVoucherRequest request(LedgerCall call) {
        assertThat(call.transaction()).isEqualTo(TxName.TRANSFER_VOUCHER);
        return JsonCodec.fromJson(call.argument(), TransferVoucherRequest.class);
    }

    @Test
    void the_holder_passes_a_stock_voucher_to_the_next_supplier() {
        stock.addAll(List.of(new StockVoucher("CV1", 2, 2)));

        LedgerCall call = workload.next(0, 0);

        assertThat(request(call)).isEqualTo(new TransferVoucherRequest("CV1", "S0"));
        assertThat(call.identity()).isSameAs(fixture.supplier(2).identity());
    }

    @Test
    void after_a_commit_the_client_passes_on_the_child_it_made_until_the_tier_limit() {
        stock.addAll(List.of(new StockVoucher("CV1", 0, 2), new StockVoucher("CV2", 0, 2)));

        LedgerCall first = workload.next(0, 0);
        workload.committed(0);
        LedgerCall second = workload.next(0, 1);
        workload.committed(0);
        LedgerCall third = workload.next(0, 2);

        assertThat(request(first)).isEqualTo(new TransferVoucherRequest("CV1", "S1"));
        assertThat(request(second)).isEqualTo(new TransferVoucherRequest("CV1-01", "S2"));
        assertThat(second.identity()).isSameAs(fixture.supplier(1).identity());
        // CV1-01-01 is at tier 4, the limit: the next transfer starts from the stock again.
        assertThat(request(third).voucherId()).isEqualTo("CV2");
    }

    @Test
    void a_transfer_that_did_not_commit_drops_its_chain() {
        stock.addAll(List.of(new StockVoucher("CV1", 0, 2), new StockVoucher("CV2", 0, 2)));

        workload.next(0, 0);
        LedgerCall afterFailure = workload.next(0, 1);

        assertThat(request(afterFailure).voucherId()).isEqualTo("CV2");
    }

    @Test
    void clients_keep_chains_of_their_own() {
        stock.addAll(List.of(new StockVoucher("CV1", 0, 2), new StockVoucher("CV2", 0, 2)));

        workload.next(0, 0);
        workload.next(1, 0);
        workload.committed(1);

        assertThat(request(workload.next(1, 1)).voucherId()).isEqualTo("CV2-01");
    }

    @Test
    void an_empty_stock_stops_the_client() {
        assertThatThrownBy(() -> workload.next(0, 0)).isInstanceOf(VoucherStock.ExhaustedException.class);
    }
}
