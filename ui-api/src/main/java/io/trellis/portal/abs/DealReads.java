package io.trellis.portal.abs;

import io.trellis.portal.backend.ServiceProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A deal's summary for a page that follows a write: the read model trails the ledger by a moment, so the page waits
 * (briefly) until the deal's last projected block reaches the block the write landed in, and the person sees what
 * they just did. Without a block, or once the wait is over, it shows what the read model has.
 */
@RequestScoped
public class DealReads {
    private static final Duration PATIENCE = Duration.ofSeconds(4);
    private static final long LOOK_EVERY_MS = 150;

    @Inject
    @RestClient
    AbsClient abs;

    /** The block of a page's {@code ?recorded=} parameter, or null when it names none. */
    public static Long block(String recorded) {
        return recorded != null && recorded.matches("[0-9]{1,18}") ? Long.valueOf(recorded) : null;
    }

    public AbsViews.Deal summary(String poolId, Long block) {
        if (block == null) {
            return abs.summary(poolId);
        }
        long giveUpAt = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                AbsViews.Deal deal = abs.summary(poolId);
                if (deal.lastBlockNumber() >= block || System.nanoTime() > giveUpAt) {
                    return deal;
                }
            } catch (ServiceProblem notYetProjected) {
                if (!notYetProjected.notFound() || System.nanoTime() > giveUpAt) {
                    throw notYetProjected;
                }
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(LOOK_EVERY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
