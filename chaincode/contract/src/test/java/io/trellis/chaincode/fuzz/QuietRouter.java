package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.core.Router;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the router's log at WARNING while any fuzz run is under way: it logs each refusal, and hundreds of thousands
 * of them would only slow the suite down. Runs overlap (they go concurrently), so the first to open saves the level
 * and the last to close restores it.
 */
final class QuietRouter implements AutoCloseable {
    /** Held here so the logger, and the level set on it, outlive a garbage collection. */
    private static final Logger ROUTER_LOG = Logger.getLogger(Router.class.getName());
    private static int open;
    private static Level saved;

    private QuietRouter() {
    }

    static QuietRouter open() {
        synchronized (QuietRouter.class) {
            if (open++ == 0) {
                saved = ROUTER_LOG.getLevel();
                ROUTER_LOG.setLevel(Level.WARNING);
            }
        }
        return new QuietRouter();
    }

    @Override
    public void close() {
        synchronized (QuietRouter.class) {
            if (--open == 0) {
                ROUTER_LOG.setLevel(saved);
            }
        }
    }
}
