package io.trellis.scf.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.identity.EncryptedFileWallet;
import io.trellis.scf.support.OrgCryptoWithoutNetwork;
import io.trellis.scf.support.OrgCryptoWithoutNetworkProfile;
import io.trellis.scf.support.Tokens;
import io.trellis.testing.ids.FreshPartyIds;
import java.nio.file.Path;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Registering a party gives it its own identity from the organisation's CA, kept in the wallet before the
 * ledger is asked: when the ledger cannot be reached the identity is not lost, and the retry binds the same one.
 */
@QuarkusTest
@TestProfile(OrgCryptoWithoutNetworkProfile.class)
class PartyIdentityIssuanceIT {

    private static EncryptedFileWallet wallet() {
        Path dir = Path.of(ConfigProvider.getConfig().getValue("trellis.fabric.wallet.directory", String.class));
        return new EncryptedFileWallet(dir, "PlatformMSP", Base64.getDecoder().decode(OrgCryptoWithoutNetwork.WALLET_KEY));
    }

    private static void registerExpectingUnavailable(String id) {
        given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Harbour Steel\",\"roles\":[\"SUPPLIER\"]}")
                .when().post("/parties")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("LEDGER_UNAVAILABLE"));
    }

    @Test
    void an_identity_issued_for_a_registration_survives_an_unreachable_ledger_and_is_reused_on_retry() {
        String id = FreshPartyIds.next();

        registerExpectingUnavailable(id);
        FabricIdentity issued = wallet().find(id).orElseThrow();
        registerExpectingUnavailable(id);

        assertThat(issued.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=" + id + ",OU=client,C=CN");
        assertThat(wallet().find(id).orElseThrow().certificate()).isEqualTo(issued.certificate());
    }

    @Test
    void a_party_id_unfit_for_a_certificate_is_a_400_problem_and_issues_nothing() {
        given().auth().oauth2(Tokens.of("operator.platform")).contentType(ContentType.JSON)
                .body("{\"id\":\"CN=x,OU=admin\",\"name\":\"Sneaky\",\"roles\":[\"SUPPLIER\"]}")
                .when().post("/parties")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_ARGUMENT"))
                .body("detail", equalTo("id must be an 18-character unified social credit code"));
    }
}
