package io.trellis.portal.desk.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.portal.i18n.Lang;
import io.trellis.portal.i18n.MessageCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorLabelsTest {

    @Test
    void every_role_kyc_state_and_organisation_of_the_ledger_has_a_label_in_both_languages() {
        List<String> keys = OperatorLabels.allKeys();

        assertThat(keys).hasSize(7 + 3 + 3).contains("operator_role_SUPPLIER", "operator_kyc_PENDING",
                "operator_org_BankMSP");
        for (Lang lang : Lang.values()) {
            assertThat(keys).allSatisfy(key -> assertThat(MessageCatalog.get().has(lang, key)).as(lang + " " + key)
                    .isTrue());
        }
        assertThat(MessageCatalog.get().has(Lang.ZH, new OperatorOrg(null).labelKey())).isTrue();
    }

    @Test
    void only_the_platforms_operator_keeps_the_company_registry_and_admits_to_the_bank_or_securities_firm() {
        assertThat(new OperatorOrg("PlatformMSP").keepsRegistry()).isTrue();
        assertThat(new OperatorOrg("BankMSP").keepsRegistry()).isFalse();
        assertThat(new OperatorOrg(null).keepsRegistry()).isFalse();
        assertThat(OperatorLabels.admittingOrgs()).extracting(OperatorLabels.Choice::value)
                .containsExactly("BankMSP", "SecuritiesMSP");
    }
}
