package io.trellis.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.desk.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A write that takes no body reads nothing but nothing: any value other than an empty object is refused. */
class EmptyBodyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{}", " { } "})
    void no_body_an_empty_one_or_an_empty_object_is_read(String body) {
        assertThat(StrictJson.read(body, EmptyBody.class)).isEqualTo(new EmptyBody());
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "[]", "[1,2]", "42", "-1", "1.5", "1e3", "1e400", "9223372036854775808",
            "\"text\"", "\"\"", "null", "{\"a\":1}", "{} {}", "[{}]"})
    void any_other_value_is_a_400(String body) {
        assertThatThrownBy(() -> StrictJson.read(body, EmptyBody.class)).isInstanceOf(ProblemException.class);
    }
}
