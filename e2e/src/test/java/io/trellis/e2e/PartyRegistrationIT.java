package io.trellis.e2e;

import static io.trellis.e2e.rest.PlatformApi.anonymous;
import static io.trellis.e2e.rest.PlatformApi.as;
import static io.trellis.e2e.rest.PlatformApi.freshPartyId;
import static io.trellis.e2e.rest.PlatformApi.partyBody;
import static io.trellis.e2e.rest.PlatformApi.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.Party;
import io.trellis.e2e.network.LedgerEventLog;
import io.trellis.e2e.network.PeerBoundLedger;
import io.trellis.e2e.network.TestNetwork;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerRejectedException;
import io.trellis.ledger.events.LedgerEventMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A party registered through scf-service with a Keycloak token is committed on all three peers, reaches Kafka
 * once through ledger-events and shows in the read model; refused requests (401, 403, 400, 409) change
 * nothing, on the ledger or in the read model.
 */
class PartyRegistrationIT {
    private static final Logger LOG = Logger.getLogger(PartyRegistrationIT.class.getName());
    private static final TestNetwork NETWORK = TestNetwork.shared();
    private static LedgerEventLog events;

    @BeforeAll
    static void watchEvents() {
        events = LedgerEventLog.fromNow();
    }

    @AfterAll
    static void stopWatching() {
        events.close();
    }

    /** The party as {@code peer} holds it, read by the platform's operator; empty when that peer has none. */
    private static Party onPeer(Org peer, String id) {
        try (PeerBoundLedger pinned = NETWORK.ledgerVia(peer)) {
            return pinned.client().evaluate(new LedgerCall(NETWORK.operator(Org.PLATFORM), TxName.GET_PARTY, id, Map.of()),
                    Party.class);
        }
    }

    private static void assertNoPeerHolds(String id) {
        for (Org peer : Org.values()) {
            assertThatThrownBy(() -> onPeer(peer, id)).as("party %s on the %s peer", id, peer)
                    .isInstanceOfSatisfying(LedgerRejectedException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.PARTY_NOT_FOUND));
        }
    }

    /** No peer holds party {@code id}, and once a later registration is projected, neither does the read model. */
    private static void assertNothingRegistered(String id) {
        assertNoPeerHolds(id);
        awaitAMarkerParty();
        as("operator.platform").get("/parties/" + id).then().statusCode(404);
    }

    /** Waits until the read model shows party {@code id}; returns how long after {@code committedAt}. */
    private static Duration awaitInReadModel(String id, Instant committedAt) {
        Instant deadline = committedAt.plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (as("operator.platform").get("/parties/" + id).statusCode() == 200) {
                return Duration.between(committedAt, Instant.now());
            }
            sleep(10);
        }
        throw new AssertionError("party " + id + " not in the read model 30 s after its commit");
    }

    /** A later registration, projected: whatever an earlier refused request could have caused has had its chance. */
    private static void awaitAMarkerParty() {
        String marker = freshPartyId();
        register(marker, "Marker Co.").then().statusCode(201);
        awaitInReadModel(marker, Instant.now());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void a_registered_party_is_on_every_peer_once_on_kafka_and_in_the_read_model() {
        String id = freshPartyId();

        Response response = register(id, "Hangzhou Bearings Co.");
        Instant committedAt = Instant.now();

        response.then().statusCode(201).body("party.id", equalTo(id));
        String transactionId = response.path("transactionId");
        for (Org peer : Org.values()) {
            Party held = onPeer(peer, id);
            assertThat(held.name()).as("name on the %s peer", peer).isEqualTo("Hangzhou Bearings Co.");
            assertThat(held.version()).isEqualTo(1);
        }
        Duration lag = awaitInReadModel(id, committedAt);
        as("operator.platform").get("/parties/" + id).then().statusCode(200)
                .body("name", equalTo("Hangzhou Bearings Co.")).body("lastTransactionId", equalTo(transactionId));
        LOG.info(() -> "party " + id + ": commit to read model " + lag.toMillis() + " ms");

        String marker = freshPartyId();
        String markerTransaction = register(marker, "Marker Co.").then().statusCode(201).extract().path("transactionId");
        List<LedgerEventMessage> ofTheRegistration = events.readThrough(markerTransaction, Duration.ofSeconds(30)).stream()
                .map(LedgerEventLog.Received::message).filter(m -> m.transactionId().equals(transactionId)).toList();
        assertThat(ofTheRegistration).as("the registration's events on Kafka").hasSize(1)
                .allSatisfy(m -> assertThat(m.index()).isZero());
    }

    @Test
    void without_a_token_the_answer_is_401_and_nothing_is_registered() {
        String id = freshPartyId();

        anonymous().contentType(ContentType.JSON).body(partyBody(id, "Nobody Co.")).when().post("/parties")
                .then().statusCode(401);

        assertNothingRegistered(id);
    }

    @Test
    void a_supplier_is_not_an_operator_the_answer_is_403_and_nothing_is_registered() {
        String id = freshPartyId();

        as("supplier1").contentType(ContentType.JSON).body(partyBody(id, "Sneaky Co.")).when().post("/parties")
                .then().statusCode(403);

        assertNothingRegistered(id);
    }

    @Test
    void a_body_with_an_unknown_field_is_a_400_problem_and_nothing_is_registered() {
        String id = freshPartyId();

        as("operator.platform").contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Odd Co.\",\"roles\":[\"SUPPLIER\"],\"creditScore\":9}")
                .when().post("/parties")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_ARGUMENT"));

        assertNothingRegistered(id);
    }

    @Test
    void registering_an_id_twice_is_a_409_problem_and_the_first_registration_stands() {
        String id = freshPartyId();
        register(id, "First Co.").then().statusCode(201);

        register(id, "Second Co.").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("PARTY_ALREADY_REGISTERED"));

        for (Org peer : Org.values()) {
            Party held = onPeer(peer, id);
            assertThat(held.name()).isEqualTo("First Co.");
            assertThat(held.version()).isEqualTo(1);
        }
        awaitAMarkerParty();
        as("operator.platform").get("/parties/" + id).then().statusCode(200).body("name", equalTo("First Co."))
                .body("version", equalTo(1));
    }
}
