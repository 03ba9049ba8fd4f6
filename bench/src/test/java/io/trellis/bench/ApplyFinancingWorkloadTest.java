package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.ledger.LedgerCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyFinancingWorkloadTest {
    private final Fixture fixture = Fixtures.threeSuppliers();
    private final VoucherStock stock = new VoucherStock();
    private final ApplyFinancingWorkload workload = new ApplyFinancingWorkload(fixture, stock);

    @Test
    void each_call_offers_another_stock_voucher_to_the_financier_as_its_holder() {
        stock.addAll(List.of(new StockVoucher("CV1", 1, 2), new StockVoucher("CV2", 2, 2)));

        LedgerCall first = workload.next(0, 0);
        workload.committed(0);
        LedgerCall second = workload.next(0, 1);

        assertThat(first.transaction()).isEqualTo(TxName.APPLY_FINANCING);
        assertThat(JsonCodec.fromJson(first.argument(), ApplyFinancingRequest.class))
                .isEqualTo(new ApplyFinancingRequest("CV1", "BANK"));
        assertThat(first.identity()).isSameAs(fixture.supplier(1).identity());
        assertThat(JsonCodec.fromJson(second.argument(), ApplyFinancingRequest.class).voucherId()).isEqualTo("CV2");
        assertThat(stock.size()).isZero();
    }
}
