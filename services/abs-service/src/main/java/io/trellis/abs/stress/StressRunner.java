package io.trellis.abs.stress;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.desk.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The stress engine on a bounded number of threads; its refusals become problems with the engine's own code. */
@ApplicationScoped
public class StressRunner {
    private static final Logger LOG = Logger.getLogger(StressRunner.class);
    /** Enough paths for the JIT to compile the waterfall: a cold JVM's first 10,000 paths take 3-4 s, not 0.2. */
    private static final int WARM_UP_PATHS = 10_000;

    private final StressEngine engine;

    StressRunner(@ConfigProperty(name = "trellis.abs.stress.threads") int threads) {
        this.engine = new StressEngine(threads);
    }

    /** Runs the sample deal once, in the background, so the first structurer after a restart does not pay the JIT. */
    void warmUp(@Observes StartupEvent started) {
        Thread.ofVirtual().name("stress-warm-up").start(() -> {
            long began = System.nanoTime();
            engine.run(SamplePool.request(WARM_UP_PATHS));
            LOG.infof("stress engine warmed up: %d paths of the sample deal in %d ms", WARM_UP_PATHS,
                    (System.nanoTime() - began) / 1_000_000);
        });
    }

    public StressResult run(StressRequest request) {
        try {
            return engine.run(request);
        } catch (ChaincodeException refused) {
            throw new ProblemException(refused.code(), refused.getMessage());
        }
    }
}
