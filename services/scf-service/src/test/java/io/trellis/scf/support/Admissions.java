package io.trellis.scf.support;

import io.restassured.http.ContentType;
import io.trellis.chaincode.api.Org;
import java.util.Map;

/**
 * The platform's operator admits a company to the organisation about to register it, over REST: a bank's or a
 * securities firm's party needs it (PARTY_NOT_ADMITTED otherwise), the platform's own do not.
 */
public final class Admissions {

    private Admissions() {
    }

    public static void admitFor(String id, Org org) {
        if (org == Org.PLATFORM) {
            return;
        }
        Api.as("operator.platform").contentType(ContentType.JSON).body(Map.of("org", org.mspId()))
                .when().post("/parties/" + id + "/admission").then().statusCode(200);
    }
}
