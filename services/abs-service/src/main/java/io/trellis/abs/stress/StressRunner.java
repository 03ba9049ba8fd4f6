package io.trellis.abs.stress;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.desk.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The stress engine on a bounded number of threads; its refusals become problems with the engine's own code. */
@ApplicationScoped
public class StressRunner {
    private final StressEngine engine;

    StressRunner(@ConfigProperty(name = "trellis.abs.stress.threads") int threads) {
        this.engine = new StressEngine(threads);
    }

    public StressResult run(StressRequest request) {
        try {
            return engine.run(request);
        } catch (ChaincodeException refused) {
            throw new ProblemException(refused.code(), refused.getMessage());
        }
    }
}
