package io.trellis.e2e.network;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Runs {@code tasks} calls of a task on {@code threads} threads; answers their results in task order. */
public final class Parallel {

    private Parallel() {
    }

    public static <T> List<T> run(int threads, int tasks, Function<Integer, T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<T>> calls = IntStream.range(0, tasks).<Callable<T>>mapToObj(i -> () -> task.apply(i)).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
