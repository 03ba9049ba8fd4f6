package io.trellis.chaincode.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** A choice among generators, each drawn as often as its weight says. */
final class Weighted<T> {
    private final List<Integer> weights = new ArrayList<>();
    private final List<Function<SplittableRandom, T>> choices = new ArrayList<>();
    private int total;

    private Weighted() {
    }

    static <T> Weighted<T> of(int weight, T value) {
        return new Weighted<T>().or(weight, value);
    }

    static <T> Weighted<T> ofDrawn(int weight, Function<SplittableRandom, T> generator) {
        return new Weighted<T>().orDrawn(weight, generator);
    }

    Weighted<T> or(int weight, T value) {
        return orDrawn(weight, random -> value);
    }

    Weighted<T> orDrawn(int weight, Function<SplittableRandom, T> generator) {
        weights.add(weight);
        choices.add(generator);
        total += weight;
        return this;
    }

    T next(SplittableRandom random) {
        int roll = random.nextInt(total);
        for (int i = 0; ; i++) {
            roll -= weights.get(i);
            if (roll < 0) {
                return choices.get(i).apply(random);
            }
        }
    }
}
