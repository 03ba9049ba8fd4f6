package io.trellis.scf.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** Runs the service with {@link OrgCryptoWithoutNetwork}. */
public class OrgCryptoWithoutNetworkProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OrgCryptoWithoutNetwork.class));
    }
}
