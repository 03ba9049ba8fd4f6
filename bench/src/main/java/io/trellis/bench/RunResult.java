package io.trellis.bench;

import io.trellis.chaincode.api.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one measured window saw: only calls that finished inside it.
 *
 * @param committed        transactions committed as valid
 * @param retried          committed transactions that needed more than one attempt (read conflicts)
 * @param attempts         attempts of the committed transactions, as ledger-client counted them
 * @param failures         failed calls by error code
 * @param latencies        latency of every committed transaction, submit to commit, as the client sees it
 * @param window           length of the measured window
 * @param commits          every committed transaction: its id, its block, and when its client learnt of the commit
 * @param exhaustedClients clients that ran out of stock vouchers before the window closed
 */
public record RunResult(long committed, long retried, long attempts, Map<ErrorCode, Long> failures, Latencies latencies,
        Duration window, List<Commit> commits, int exhaustedClients) {

    /** A committed transaction, its block, and when its client learnt of the commit. */
    public record Commit(String transactionId, long block, Instant at) {
    }

    public double committedPerSecond() {
        return committed / (window.toNanos() / 1e9);
    }

    /** Transactions per block: how much each block's fixed cost (ordering, validation, commit) was shared. */
    public double transactionsPerBlock() {
        long blocks = commits.stream().mapToLong(Commit::block).distinct().count();
        return blocks == 0 ? 0 : (double) committed / blocks;
    }

    public long failed() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Share of attempts the network invalidated for a read conflict: each retry of a committed transaction,
     * and every attempt of one that gave up ({@code maxAttempts} of them).
     */
    public double conflictRate(int maxAttempts) {
        long gaveUp = failures.getOrDefault(ErrorCode.LEDGER_CONFLICT, 0L);
        long conflicted = attempts - committed + gaveUp * maxAttempts;
        long all = attempts + gaveUp * maxAttempts + (failed() - gaveUp);
        return all == 0 ? 0 : (double) conflicted / all;
    }
}
