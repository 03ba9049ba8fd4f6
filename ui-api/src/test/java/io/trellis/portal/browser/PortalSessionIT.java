package io.trellis.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.testing.ids.FreshPartyIds;
import io.trellis.testing.keycloak.KeycloakUsers;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** Signing in and out through Keycloak, the language switch, the session cookie and the anti-forgery token. */
class PortalSessionIT {
    private static final KeycloakUsers USERS = KeycloakUsers.ofLocalStack();
    private static final String AUDITOR = "ui-session-" + FreshPartyIds.next().toLowerCase();

    private final URI portal = Portal.onStack();

    @BeforeAll
    static void createUser() {
        USERS.create(AUDITOR, FreshPartyIds.next(), "PlatformMSP", "auditor");
    }

    @AfterAll
    static void removeUser() {
        USERS.close();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_keycloak_and_a_signed_in_user_without_a_desk_is_told_so_in_chinese_first() {
        try (Browser browser = Browser.start()) {
            Portal person = new Portal(browser, portal).open("/core");
            assertThat(person.driver().getCurrentUrl()).contains("/realms/trellis/protocol/openid-connect/auth")
                    .contains("code_challenge_method=S256");

            person.signIn(AUDITOR);
            assertThat(person.path()).isEqualTo("/core");
            assertThat(person.text("#problem")).isEqualTo("您的账户无权查看或进行此操作。");

            person.open("/");
            assertThat(person.text("h1")).isEqualTo("您的账户没有工作台");
            person.english();
            assertThat(person.text("h1")).isEqualTo("No desk for your account");
            assertThat(person.all("nav.desks a")).isEmpty();
        }
    }

    @Test
    void the_session_cookie_is_secure_and_http_only_and_signing_out_ends_the_session() {
        try (Browser browser = Browser.start()) {
            Portal person = new Portal(browser, portal).signIn(AUDITOR);
            Cookie session = sessionCookie(person);
            assertThat(session).isNotNull();
            assertThat(session.isSecure()).isTrue();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualTo("Lax");

            person.signOut();
            assertThat(sessionCookie(person)).isNull();
            person.open("/");
            assertThat(person.driver().getCurrentUrl()).contains("/realms/trellis/protocol/openid-connect/auth");
        }
    }

    /** The session cookie, or its first chunk when the tokens need more than one cookie. */
    private static Cookie sessionCookie(Portal person) {
        return person.driver().manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .findFirst().orElse(null);
    }

    @Test
    void a_write_without_this_sessions_anti_forgery_token_is_refused_before_any_desk_code_runs() {
        try (Browser browser = Browser.start()) {
            Portal person = new Portal(browser, portal).signIn(AUDITOR);
            Object withoutToken = person.driver().executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/lang/en', {method: 'POST'}).then(r => done(r.status));");
            Object withWrongToken = person.driver().executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch('/lang/en', {method: 'POST', headers: {'X-CSRF-Token': 'forged'}})"
                            + ".then(r => done(r.status));");
            Object withToken = person.driver().executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "var token = JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-Token'];"
                            + "fetch('/lang/en', {method: 'POST', headers: {'X-CSRF-Token': token}})"
                            + ".then(r => done(r.status));");
            assertThat(Map.of("none", withoutToken, "forged", withWrongToken, "own", withToken))
                    .containsEntry("none", 403L).containsEntry("forged", 403L)
                    // past the filter: the path takes no POST
                    .containsEntry("own", 405L);
        }
    }
}
