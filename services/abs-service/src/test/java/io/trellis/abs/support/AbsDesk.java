package io.trellis.abs.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.testing.parties.Onboarding;
import io.trellis.testing.parties.Onboarding.Member;
import java.util.Map;

/** Requests to the abs-service under test (REST Assured's port) as a user, and the chaincode's answers in them. */
public final class AbsDesk {
    private final Onboarding onboarding;

    public AbsDesk(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    /** JSON requests as the member. */
    public RequestSpecification as(Member member) {
        return given().auth().oauth2(onboarding.token(member.username())).contentType(ContentType.JSON).when();
    }

    /** JSON requests as a user of the realm by name (the demo users, the operators). */
    public RequestSpecification as(String username) {
        return given().auth().oauth2(onboarding.token(username)).contentType(ContentType.JSON).when();
    }

    /** The {@code result} of a write's receipt, read as the ledger's record type. */
    public static <T> T result(Response receipt, Class<T> type) {
        Map<String, Object> result = receipt.jsonPath().getMap("result");
        return JsonCodec.fromJson(JsonCodec.toJson(result), type);
    }

    /** A read's answer, read as the ledger's record type. */
    public static <T> T body(Response answer, Class<T> type) {
        return JsonCodec.fromJson(answer.asString(), type);
    }
}
