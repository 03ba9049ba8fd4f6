package io.trellis.portal.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.portal.browser.Browser;
import io.trellis.portal.browser.Portal;
import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;
import io.trellis.portal.session.Desk;
import io.trellis.testing.parties.Onboarding;
import io.trellis.testing.parties.Onboarding.Member;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nobody opens a desk of another role, or another party's object, by typing its URL: a desk of another role is the
 * 403 page (a missing desk's 404 is not access control and fails here), another party's object is the not-found
 * page, and neither shows any of the data. Users are fresh parties of each desk's role (the operators: the demo
 * operators of the platform and the bank).
 */
class DeskAccessIT {
    private static final Onboarding ONBOARDING = Onboarding.viaStack("ui-access-");
    private static final String PLATFORM_OPERATOR = "operator.platform";
    private static final String BANK_OPERATOR = "operator.bank";
    /** Under a desk's home, more paths that must be refused like the home itself. */
    private static final Map<Desk, List<String>> MORE_PATHS = Map.of(Desk.OPERATOR, List.of("/operator/health"));

    private static final Map<Desk, String> USER_OF = new EnumMap<>(Desk.class);
    private static Member platformSupplier;
    private static Member securitiesFirm;
    private static Member otherSecuritiesFirm;
    private static String dealId;
    private static Browser browser;

    private final URI portal = Portal.onStack();
    private Portal person;

    @BeforeAll
    static void parties() {
        platformSupplier = ONBOARDING.join(PartyRole.SUPPLIER, Org.PLATFORM);
        USER_OF.put(Desk.SUPPLIER, platformSupplier.username());
        USER_OF.put(Desk.CORE, ONBOARDING.join(PartyRole.CORE_ENTERPRISE, Org.PLATFORM).username());
        USER_OF.put(Desk.BANK, ONBOARDING.join(PartyRole.FINANCIER, Org.BANK).username());
        securitiesFirm = ONBOARDING.join(PartyRole.SECURITIES_FIRM, Org.SECURITIES);
        USER_OF.put(Desk.SECURITIES, securitiesFirm.username());
        otherSecuritiesFirm = ONBOARDING.join(PartyRole.SECURITIES_FIRM, Org.SECURITIES);
        dealId = poolOf(securitiesFirm, platformSupplier);
        USER_OF.put(Desk.INVESTOR, ONBOARDING.join(PartyRole.INVESTOR, Org.SECURITIES).username());
        USER_OF.put(Desk.OPERATOR, PLATFORM_OPERATOR);
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        ONBOARDING.close();
    }

    @BeforeEach
    void portal() {
        person = new Portal(browser, portal);
    }

    @AfterEach
    void signOutIfSignedIn() {
        if (!person.all("#logout").isEmpty()) {
            person.signOut();
        }
    }

    @ParameterizedTest(name = "a user of the {0} desk opens it and is refused every other desk")
    @EnumSource(Desk.class)
    void a_user_is_refused_every_desk_of_another_role_even_by_typing_its_url(Desk own) {
        person.signIn(USER_OF.get(own));
        List<String> wrong = new ArrayList<>();

        for (Desk other : Desk.values()) {
            if (other == own) {
                continue;
            }
            if (!person.all("nav.desks #nav-" + other.path()).isEmpty()) {
                wrong.add("the menu offers " + other.home());
            }
            for (String path : pathsOf(other)) {
                person.open(path);
                String seen = refusal(403);
                if (seen != null) {
                    wrong.add(path + ": " + seen);
                }
            }
        }
        person.open(own.home());
        if (!person.all("#problem").isEmpty() || !person.path().equals(own.home())) {
            wrong.add("its own desk " + own.home() + " is not shown: " + person.path() + " status "
                    + person.all("#problem").stream().map(p -> p.getAttribute("data-status")).findFirst().orElse("-"));
        }

        assertThat(wrong).as("desks of other roles that did not answer the 403 page, or its own that did not open")
                .isEmpty();
    }

    /**
     * A party's object: its page, a text only that page shows (a name, an amount), the user who sees it (the party or
     * its operator) and a user of the same role but another party (or organisation) who must not.
     */
    record ForeignObject(String what, String path, String shownText, String owner, String stranger) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<ForeignObject> foreignObjects() {
        return Stream.of(new ForeignObject("a platform company's KYC page to the bank's operator",
                "/operator/parties/" + platformSupplier.id(), "SUPPLIER " + platformSupplier.id(), PLATFORM_OPERATOR,
                BANK_OPERATOR),
                new ForeignObject("a securities firm's deal to another securities firm", "/securities/deals/" + dealId,
                        platformSupplier.id(), securitiesFirm.username(), otherSecuritiesFirm.username()));
        // A supplier's voucher passed on to another is not found for it: SupplierDeskIT.
    }

    /** A pool {@code manager} structures from {@code originator}'s vouchers, created over abs-service's REST. */
    private static String poolOf(Member manager, Member originator) {
        String absService = "http://127.0.0.1:" + System.getenv().getOrDefault("ABS_SERVICE_PORT", "8083");
        String body = """
                {"originatorId":"%s","criteria":{"currency":"CNY","minDaysToMaturity":1,"maxDaysToMaturity":365,\
                "maxObligorConcentrationBp":10000,"allowedStatuses":["ACTIVE"]},"requiredAttestations":[],\
                "cutOffDate":"%s"}""".formatted(originator.id(), java.time.LocalDate.now(java.time.ZoneOffset.ofHours(8)));
        return ONBOARDING.as(manager, absService).body(body).post("/deals").then().statusCode(201).extract()
                .path("result.id");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foreignObjects")
    void another_partys_object_is_not_found_by_typing_its_url_though_the_desk_is_the_users_own(ForeignObject object) {
        person.signIn(object.owner()).open(object.path());
        assertThat(person.all("#problem")).as("the owner sees " + object.path()).isEmpty();
        assertThat(person.text("main")).contains(object.shownText());
        person.signOut();

        person.signIn(object.stranger()).open(object.path());

        assertThat(refusal(404)).isNull();
        assertThat(person.driver().getPageSource()).doesNotContain(object.shownText());
    }

    /** Null when the page is the refusal with {@code status}, its sentence and no data; else what it is instead. */
    private String refusal(int status) {
        if (person.all("#problem").isEmpty()) {
            return "no refusal, the page " + person.path() + " is shown";
        }
        String shown = person.find("#problem").getAttribute("data-status");
        if (!String.valueOf(status).equals(shown)) {
            return "status " + shown + " instead of " + status;
        }
        String sentence = person.text("#problem");
        if (status == 403 && !sentence.equals(MessageCatalog.get().text(Lang.ZH, "problem.status.403"))) {
            return "the sentence " + sentence;
        }
        if (!person.all("main table, main form, main [data-field]").isEmpty()) {
            return "data beside the refusal";
        }
        return null;
    }

    private static List<String> pathsOf(Desk desk) {
        List<String> paths = new ArrayList<>(List.of(desk.home()));
        paths.addAll(MORE_PATHS.getOrDefault(desk, List.of()));
        return paths;
    }
}
