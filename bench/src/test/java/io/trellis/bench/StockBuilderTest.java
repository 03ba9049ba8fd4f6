package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StockBuilderTest {
    private final Fixture fixture = Fixtures.threeSuppliers();

    /** Answers each setup step as the chaincode would, just enough for the next step. */
    private static class SetupLedger implements LedgerClient {
        final List<LedgerCall> calls = new CopyOnWriteArrayList<>();

        @Override
        public <T> Committed<T> submit(LedgerCall call, Class<T> resultType) {
            calls.add(call);
            Object result = switch (call.transaction()) {
                case TxName.REGISTER_INVOICE -> new Invoice("inv" + calls.size(), "S", "CORE", "B", "1",
                        Money.of(1, "CNY"), LocalDate.now(), "h", InvoiceStatus.REGISTERED, null, null, "now", 1);
                case TxName.ISSUE_VOUCHER -> voucher("CV" + calls.size(), 1);
                case TxName.SPLIT_VOUCHER -> {
                    SplitVoucherRequest split = JsonCodec.fromJson(call.argument(), SplitVoucherRequest.class);
                    yield IntStream.rangeClosed(1, split.parts().size())
                            .mapToObj(i -> voucher(split.voucherId() + "-" + (i < 10 ? "0" : "") + i, 2))
                            .toArray(Voucher[]::new);
                }
                default -> null;
            };
            return new Committed<>(resultType.cast(result), "tx" + calls.size(), 1, 1);
        }

        @Override
        public <T> T evaluate(LedgerCall call, Class<T> resultType) {
            throw new AssertionError("setup only submits");
        }

        private static Voucher voucher(String id, int tier) {
            Money one = Money.of(1, "CNY");
            return new Voucher(id, id, null, "CORE", "S", one, one, LocalDate.now(), LocalDate.now(), tier,
                    VoucherStatus.ACTIVE, List.of(), List.of(), List.of(), null, null, null, "now", 1);
        }
    }

    @Test
    void a_root_is_invoiced_confirmed_issued_accepted_and_split_into_99_children_of_its_supplier() throws Exception {
        SetupLedger ledger = new SetupLedger();
        VoucherStock stock = new VoucherStock();

        List<RunResult.Commit> splits = new StockBuilder(ledger, fixture, "B3NCH").topUp(stock, 50);

        assertThat(ledger.calls).extracting(LedgerCall::transaction).containsExactly(TxName.REGISTER_INVOICE,
                TxName.CONFIRM_INVOICE, TxName.ISSUE_VOUCHER, TxName.ACCEPT_VOUCHER, TxName.SPLIT_VOUCHER);
        assertThat(ledger.calls).extracting(LedgerCall::identity).containsExactly(fixture.supplier(0).identity(),
                fixture.core().identity(), fixture.core().identity(), fixture.supplier(0).identity(),
                fixture.supplier(0).identity());
        IssueVoucherRequest issue = JsonCodec.fromJson(ledger.calls.get(2).argument(), IssueVoucherRequest.class);
        assertThat(issue.amount()).isEqualTo(Money.of(99 * 100_00, "CNY"));
        assertThat(issue.maturityDate()).isAfter(LocalDate.now().plusDays(90));
        assertThat(stock.size()).isEqualTo(99);
        assertThat(stock.take()).isEqualTo(new StockVoucher("CV3-01", 0, 2));
        assertThat(splits).extracting(RunResult.Commit::transactionId).containsExactly("tx5");
    }

    @Test
    void roots_go_round_the_suppliers_and_a_full_stock_makes_none() throws Exception {
        SetupLedger ledger = new SetupLedger();
        VoucherStock stock = new VoucherStock();
        StockBuilder builder = new StockBuilder(ledger, fixture, "B3NCH");

        builder.topUp(stock, 3 * 99);
        int calls = ledger.calls.size();
        builder.topUp(stock, 3 * 99);

        assertThat(calls).isEqualTo(15);
        assertThat(ledger.calls).hasSize(15);
        assertThat(ledger.calls.stream().filter(c -> c.transaction().equals(TxName.SPLIT_VOUCHER))
                .map(LedgerCall::identity))
                .containsExactlyInAnyOrder(fixture.supplier(0).identity(), fixture.supplier(1).identity(),
                        fixture.supplier(2).identity());
    }
}
