package io.trellis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent setup steps side by side; the first failure fails the setup. */
final class Parallel {

    private Parallel() {
    }

    static <T> List<T> all(List<Callable<T>> tasks, int threads) throws InterruptedException {
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())))) {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark setup failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
