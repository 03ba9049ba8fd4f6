package io.trellis.portal.desk.securities;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.portal.abs.AbsBodies;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureFormTest {

    @Test
    void the_typed_structure_becomes_the_services_body_with_coupons_and_trigger_in_basis_points() {
        AbsBodies.Structure body = new StructureForm("750000.00", "3", "150000.00", "6", "100000.00", "1500.00",
                "2026-04-01", "2026-07-01, 2026-10-01 2027-01-01", "4").body();

        assertThat(body.tranches()).containsExactly(
                new AbsBodies.TrancheTerms("SENIOR", new AbsBodies.Amount("750000.00", "CNY"), 300),
                new AbsBodies.TrancheTerms("MEZZANINE", new AbsBodies.Amount("150000.00", "CNY"), 600),
                new AbsBodies.TrancheTerms("SUBORDINATED", new AbsBodies.Amount("100000.00", "CNY"), 0));
        assertThat(body.feesPerPaymentDate()).isEqualTo(new AbsBodies.Amount("1500.00", "CNY"));
        assertThat(body.paymentDates()).containsExactly("2026-07-01", "2026-10-01", "2027-01-01");
        assertThat(body.issueDate()).isEqualTo("2026-04-01");
        assertThat(body.defaultTriggerBp()).isEqualTo(400);
    }

    @Test
    void without_a_mezzanine_principal_the_deal_has_two_tranches() {
        AbsBodies.Structure body = new StructureForm("80000.00", "3", " ", "", "20000.00", "100.00", "2026-04-01",
                "2026-07-01", "5").body();
        assertThat(body.tranches()).extracting(AbsBodies.TrancheTerms::trancheClass)
                .isEqualTo(List.of("SENIOR", "SUBORDINATED"));
    }
}
