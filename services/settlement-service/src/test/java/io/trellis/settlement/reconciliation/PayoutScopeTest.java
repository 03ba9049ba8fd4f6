package io.trellis.settlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayoutScopeTest {

    @Test
    void the_platform_and_the_bank_operators_see_every_payout_a_securities_operator_only_its_pools() {
        assertThat(PayoutScope.ofOperator("PlatformMSP")).contains(PayoutScope.ALL);
        assertThat(PayoutScope.ofOperator("BankMSP")).contains(PayoutScope.ALL);
        assertThat(PayoutScope.ofOperator("SecuritiesMSP")).contains(new PayoutScope(null, true));
        assertThat(PayoutScope.ofOperator("SecuritiesMSP").orElseThrow().where()).isEqualTo(" and poolId is not null");
    }

    @Test
    void an_operator_of_no_known_organisation_sees_nothing() {
        assertThat(PayoutScope.ofOperator("")).isEmpty();
        assertThat(PayoutScope.ofOperator("EvilMSP")).isEmpty();
    }

    @Test
    void a_bank_sees_only_its_own_payouts() {
        assertThat(PayoutScope.ofBank("91310000MA1K00002C").where()).isEqualTo(" and bankId = :bank");
        assertThat(PayoutScope.ALL.where()).isEmpty();
    }
}
