package io.trellis.portal.abs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.portal.backend.ServiceProblem;
import org.junit.jupiter.api.Test;

class FormInputTest {

    @Test
    void a_percentage_becomes_exact_basis_points() {
        assertThat(FormInput.basisPoints("4")).isEqualTo(400);
        assertThat(FormInput.basisPoints(" 2.75 ")).isEqualTo(275);
        assertThat(FormInput.basisPoints("0")).isZero();
        assertThat(FormInput.basisPoints("100")).isEqualTo(10_000);
        assertThat(FormInput.basisPoints("0.01")).isEqualTo(1);
    }

    @Test
    void a_percentage_with_a_third_decimal_a_sign_or_above_a_hundred_is_refused_as_the_service_refuses_a_wrong_body() {
        for (String wrong : new String[] {"2.755", "-1", "100.01", "abc", "", " ", null, "1e2"}) {
            assertThatThrownBy(() -> FormInput.basisPoints(wrong)).as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(ServiceProblem.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.code()).isEqualTo("INVALID_ARGUMENT");
                    });
        }
    }

    @Test
    void whole_numbers_are_digits_only() {
        assertThat(FormInput.wholeNumber(" 800 ")).isEqualTo(800L);
        assertThatThrownBy(() -> FormInput.wholeNumber("8.5")).isInstanceOf(ServiceProblem.class);
        assertThatThrownBy(() -> FormInput.wholeNumber("-3")).isInstanceOf(ServiceProblem.class);
        assertThatThrownBy(() -> FormInput.wholeNumber("1,000")).isInstanceOf(ServiceProblem.class);
    }

    @Test
    void a_typed_list_is_split_on_commas_spaces_and_line_breaks() {
        assertThat(FormInput.items(" VC1, VC2\nVC3  VC4,,")).containsExactly("VC1", "VC2", "VC3", "VC4");
        assertThat(FormInput.items("")).isEmpty();
        assertThat(FormInput.items(null)).isEmpty();
    }
}
