package io.trellis.portal.desk.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.portal.backend.ServiceProblem;
import org.junit.jupiter.api.Test;

class RateEntryTest {

    @Test
    void a_percentage_becomes_whole_basis_points() {
        assertThat(RateEntry.basisPoints("4.5", RateEntry.PERCENT)).isEqualTo(450);
        assertThat(RateEntry.basisPoints(" 3.65 ", RateEntry.PERCENT)).isEqualTo(365);
        assertThat(RateEntry.basisPoints("12", RateEntry.PERCENT)).isEqualTo(1200);
    }

    @Test
    void basis_points_are_taken_as_typed() {
        assertThat(RateEntry.basisPoints("450", RateEntry.BASIS_POINTS)).isEqualTo(450);
    }

    @Test
    void a_rate_finer_than_a_basis_point_or_not_a_number_is_refused_as_invalid() {
        for (String[] typed : new String[][] {{"4.505", RateEntry.PERCENT}, {"450.5", RateEntry.BASIS_POINTS},
                {"four", RateEntry.PERCENT}, {"", RateEntry.BASIS_POINTS}}) {
            assertThatThrownBy(() -> RateEntry.basisPoints(typed[0], typed[1]))
                    .isInstanceOfSatisfying(ServiceProblem.class, p -> {
                        assertThat(p.code()).isEqualTo("INVALID_ARGUMENT");
                        assertThat(p.status()).isEqualTo(400);
                    });
        }
        assertThatThrownBy(() -> RateEntry.basisPoints(null, RateEntry.PERCENT)).isInstanceOf(ServiceProblem.class);
    }
}
