package io.trellis.bench;

/** Reported figures carry as many decimals as they can honestly claim. */
final class Round {

    private Round() {
    }

    static double one(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double two(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double millis(long nanos) {
        return one(nanos / 1e6);
    }
}
