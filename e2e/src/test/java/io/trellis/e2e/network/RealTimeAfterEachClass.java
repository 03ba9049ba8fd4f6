package io.trellis.e2e.network;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the test stack back on real time after every test class (registered for all of them by JUnit's
 * extension auto-detection): a class that moved the business date and then failed must not leave the next
 * class's services and chaincode server living on its date.
 */
public final class RealTimeAfterEachClass implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) {
        StackControl.shiftServiceClock(Duration.ZERO);
    }
}
