package io.trellis.abs.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * The profile of the desk's integration tests on the running stack: one start of the service under test for all
 * of them (with {@link ItProjection}'s schema and consumer group), so they also share one {@link AbsCast}.
 */
public class OnTheStack implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ItProjection.class));
    }
}
