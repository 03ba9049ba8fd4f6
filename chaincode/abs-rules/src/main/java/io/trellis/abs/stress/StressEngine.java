package io.trellis.abs.stress;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.abs.DealStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The stress test before issuance: runs the deal's own waterfall over random default paths and answers per
 * tranche with expected and worst loss, the first payment date with a shortfall and the weighted average life.
 * Nothing is written anywhere. Each path draws from its own seed, taken in path order from the scenario's seed,
 * and tallies merge exactly, so the answer depends on the inputs and the seed only, never on the thread count.
 * See docs/abs.md, "Stress test".
 */
public final class StressEngine {
    /** Paths per task when running on more than one thread: enough to make a task worth scheduling. */
    private static final int PATHS_PER_TASK = 250;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int threads;

    /** @param threads how many threads run paths at once; 1 runs them on the caller's thread */
    public StressEngine(int threads) {
        if (threads < 1) {
            throw ChaincodeException.invalid("threads must be at least 1");
        }
        this.threads = threads;
    }

    public StressResult run(StressRequest request) {
        DealStructure structure = StressRequests.validate(request);
        StressScenario scenario = request.scenario();
        PaymentSchedule schedule = new PaymentSchedule(structure);
        StressPath path = new StressPath(structure, schedule, ObligorFlows.of(request.vouchers(), scenario, schedule));
        long[] seeds = new SplittableRandom(scenario.seed()).longs(scenario.paths()).toArray();
        int tranches = structure.tranches().size();
        StressTally tally = threads == 1 || seeds.length <= PATHS_PER_TASK
                ? runPaths(path, seeds, 0, seeds.length, new StressTally(tranches, schedule.size()))
                : runInParallel(path, seeds, () -> new StressTally(tranches, schedule.size()));
        return tally.result(structure, schedule, scenario.seed());
    }

    private StressTally runInParallel(StressPath path, long[] seeds, Supplier<StressTally> empty) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "stress-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<StressTally>> tasks = new ArrayList<>();
            for (int from = 0; from < seeds.length; from += PATHS_PER_TASK) {
                int start = from;
                int end = Math.min(seeds.length, from + PATHS_PER_TASK);
                tasks.add(pool.submit(() -> runPaths(path, seeds, start, end, empty.get())));
            }
            StressTally total = empty.get();
            for (Future<StressTally> task : tasks) {
                total.merge(task.get());
            }
            return total;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("a stress path failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running stress paths", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static StressTally runPaths(StressPath path, long[] seeds, int from, int to, StressTally tally) {
        for (int i = from; i < to; i++) {
            path.run(seeds[i], tally);
        }
        return tally;
    }
}
