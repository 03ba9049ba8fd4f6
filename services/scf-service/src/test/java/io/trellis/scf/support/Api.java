package io.trellis.scf.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.awaitility.core.ThrowingRunnable;

/** Requests as a demo user, and waiting for the projection to catch up. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username));
    }

    /** Retries {@code assertion} until the events it depends on are projected. */
    public static void eventually(ThrowingRunnable assertion) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion);
    }
}
