package io.trellis.abs.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.security.Viewer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The chaincode's deal rule (docs/abs.md "Who reads what") as the read models apply it. */
class DealVisibilityTest {
    private static final String MANAGER = "91310000MA1K00005M";
    private static final String ORIGINATOR = "91310000MA1K00002C";
    private static final String INVESTOR = "91310000MA1K000006";
    private static final String PROVIDER = "91310000MA1K00007U";

    private static DealRow deal(DealStatus status) {
        DealRow deal = new DealRow();
        deal.poolId = "AP0123456789abcdef0123";
        deal.managerId = MANAGER;
        deal.originatorId = ORIGINATOR;
        deal.status = status.name();
        return deal;
    }

    private static Viewer operatorOf(Org org) {
        Map<String, Org> hosts = Map.of(MANAGER, Org.SECURITIES, ORIGINATOR, Org.PLATFORM);
        return new Viewer("OPERATOR", Set.of(Viewer.OPERATOR), org, id -> Optional.ofNullable(hosts.get(id)));
    }

    @ParameterizedTest
    @EnumSource(DealStatus.class)
    void manager_originator_auditor_and_their_operators_see_the_deal_whole_in_every_state(DealStatus status) {
        DealRow deal = deal(status);
        assertThat(DealVisibility.sight(Viewer.party(MANAGER, Viewer.SECURITIES_FIRM), deal, false))
                .isEqualTo(DealSight.WHOLE);
        assertThat(DealVisibility.sight(Viewer.party(ORIGINATOR, Viewer.SUPPLIER), deal, false))
                .isEqualTo(DealSight.WHOLE);
        assertThat(DealVisibility.sight(Viewer.party("91310000MA1K00008Y", Viewer.AUDITOR), deal, false))
                .isEqualTo(DealSight.WHOLE);
        assertThat(DealVisibility.sight(operatorOf(Org.SECURITIES), deal, false)).isEqualTo(DealSight.WHOLE);
        assertThat(DealVisibility.sight(operatorOf(Org.PLATFORM), deal, false)).isEqualTo(DealSight.WHOLE);
    }

    @Test
    void an_operator_of_another_organisation_sees_nothing() {
        assertThat(DealVisibility.sight(operatorOf(Org.BANK), deal(DealStatus.ISSUED), false))
                .isEqualTo(DealSight.NONE);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"SUBSCRIPTION_OPEN", "ALLOCATED", "ISSUED", "AMORTISING", "MATURED"})
    void any_investor_sees_an_offered_deal_without_others_positions(DealStatus status) {
        assertThat(DealVisibility.sight(Viewer.party(INVESTOR, Viewer.INVESTOR), deal(status), false))
                .isEqualTo(DealSight.PART);
    }

    @ParameterizedTest
    @EnumSource(value = DealStatus.class, names = {"STRUCTURING", "CANCELLED"})
    void an_investor_sees_nothing_of_a_deal_not_on_offer(DealStatus status) {
        assertThat(DealVisibility.sight(Viewer.party(INVESTOR, Viewer.INVESTOR), deal(status), false))
                .isEqualTo(DealSight.NONE);
    }

    @Test
    void only_an_appointed_provider_sees_the_deal() {
        Viewer provider = Viewer.party(PROVIDER, Viewer.SERVICE_PROVIDER);
        assertThat(DealVisibility.sight(provider, deal(DealStatus.STRUCTURING), true)).isEqualTo(DealSight.PART);
        assertThat(DealVisibility.sight(provider, deal(DealStatus.STRUCTURING), false)).isEqualTo(DealSight.NONE);
        assertThat(DealVisibility.sight(provider, deal(DealStatus.ISSUED), false)).isEqualTo(DealSight.NONE);
    }

    @Test
    void an_unrelated_party_sees_nothing() {
        assertThat(DealVisibility.sight(Viewer.party("91310000MA1K000019", Viewer.CORE_ENTERPRISE),
                deal(DealStatus.ISSUED), false)).isEqualTo(DealSight.NONE);
    }

    @Test
    void a_listing_is_narrowed_for_each_kind_of_reader() {
        assertThat(DealVisibility.listing(Viewer.party("91310000MA1K00008Y", Viewer.AUDITOR))).isEqualTo(Condition.ALL);
        assertThat(DealVisibility.listing(new Viewer(null, Set.of(Viewer.OPERATOR), null, id -> Optional.empty())))
                .isEqualTo(Condition.NONE);

        Condition investor = DealVisibility.listing(Viewer.party(INVESTOR, Viewer.INVESTOR));
        assertThat(investor.clause()).contains("status in :offered").doesNotContain("AppointmentRow");
        assertThat(investor.parameters().get("offered")).asList()
                .containsExactlyInAnyOrder("SUBSCRIPTION_OPEN", "ALLOCATED", "ISSUED", "AMORTISING", "MATURED");

        Condition provider = DealVisibility.listing(Viewer.party(PROVIDER, Viewer.SERVICE_PROVIDER));
        assertThat(provider.clause()).contains("AppointmentRow").doesNotContain(":offered");
        assertThat(provider.parameters()).containsEntry("appointee", PROVIDER);
    }

    @Test
    void an_investors_own_lists_are_its_its_operators_and_auditors_only() {
        DealVisibility.requireInvestorList(Viewer.party(INVESTOR, Viewer.INVESTOR), INVESTOR);
        DealVisibility.requireInvestorList(Viewer.party("91310000MA1K00008Y", Viewer.AUDITOR), INVESTOR);
        assertThatThrownBy(() -> DealVisibility.requireInvestorList(
                        Viewer.party(MANAGER, Viewer.SECURITIES_FIRM), INVESTOR))
                .hasMessageContaining("only the investor itself");
    }

    @Test
    void a_partial_reader_sees_its_own_positions_and_statement_only() {
        Viewer investor = Viewer.party(INVESTOR, Viewer.INVESTOR);
        SeenDeal seen = new SeenDeal(deal(DealStatus.AMORTISING), DealSight.PART, investor);

        assertThat(seen.showsInvestor(INVESTOR)).isTrue();
        assertThat(seen.showsInvestor("913100000000000413")).isFalse();
        seen.requireStatementOf(INVESTOR);
        assertThatThrownBy(() -> seen.requireStatementOf("913100000000000413"))
                .hasMessageContaining("only the investor itself");
    }

    @Test
    void a_whole_reader_sees_every_investors_positions_and_statements() {
        SeenDeal seen = new SeenDeal(deal(DealStatus.AMORTISING), DealSight.WHOLE,
                Viewer.party(MANAGER, Viewer.SECURITIES_FIRM));

        assertThat(seen.showsInvestor(INVESTOR)).isTrue();
        seen.requireStatementOf(INVESTOR);
    }
}
