package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.ledger.Committed;
import io.trellis.ledger.LedgerRejectedException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransferVoucherRestWorkloadTest {
    private final Fixture fixture = Fixtures.threeSuppliers();
    private final VoucherStock stock = new VoucherStock();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Http http = new Http(2);
    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{\"result\":{},\"transactionId\":\"tx1\",\"blockNumber\":42}";

    private TransferVoucherRestWorkload workload() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        ScfDesk desk = new ScfDesk(http, "http://127.0.0.1:" + server.getAddress().getPort());
        return new TransferVoucherRestWorkload(fixture, stock, 4, 2, desk, List.of("t0", "t1", "t2"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        http.close();
    }

    @Test
    void the_holders_user_posts_the_transfer_and_the_answer_names_the_commit() throws IOException {
        TransferVoucherRestWorkload workload = workload();
        stock.addAll(List.of(new StockVoucher("CV1", 2, 2)));

        Committed<?> committed = workload.call(null, 0, 0);
        workload.committed(0);
        workload.call(null, 0, 1);

        assertThat(committed.transactionId()).isEqualTo("tx1");
        assertThat(committed.blockNumber()).isEqualTo(42);
        assertThat(requests).containsExactly(
                "POST /vouchers/CV1/transfer Bearer t2 {\"recipientId\":\"S0\"}",
                "POST /vouchers/CV1-01/transfer Bearer t0 {\"recipientId\":\"S1\"}");
    }

    @Test
    void a_refusal_counts_under_the_chaincodes_code_and_an_unknown_answer_fails_the_run() throws IOException {
        TransferVoucherRestWorkload workload = workload();
        stock.addAll(List.of(new StockVoucher("CV1", 0, 2), new StockVoucher("CV2", 0, 2)));
        status = 404;
        answer = "{\"status\":404,\"code\":\"VOUCHER_NOT_FOUND\",\"detail\":\"no voucher CV1\"}";

        assertThatThrownBy(() -> workload.call(null, 0, 0)).isInstanceOf(LedgerRejectedException.class)
                .extracting(e -> ((LedgerRejectedException) e).code()).isEqualTo(ErrorCode.VOUCHER_NOT_FOUND);

        status = 401;
        answer = "";
        assertThatThrownBy(() -> workload.call(null, 0, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("401");
    }
}
