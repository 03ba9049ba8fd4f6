package io.trellis.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.desk.problem.ProblemException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    record Terms(Integer rateBps, LocalDate valueDate) {
    }

    record Parts(List<AmountBody> parts) {
    }

    private static String refusal(String json, Class<?> type) {
        return assertThatThrownBy(() -> StrictJson.read(json, type))
                .isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).toProblem())
                .satisfies(p -> assertThat(p.code()).isEqualTo("INVALID_ARGUMENT"))
                .satisfies(p -> assertThat(p.status()).isEqualTo(400))
                .actual().detail();
    }

    @Test
    void a_well_formed_body_is_read_exactly() {
        Terms terms = StrictJson.read("{\"rateBps\":450,\"valueDate\":\"2026-03-02\"}", Terms.class);

        assertThat(terms).isEqualTo(new Terms(450, LocalDate.parse("2026-03-02")));
    }

    @Test
    void an_empty_body_is_an_empty_object() {
        assertThat(StrictJson.read("", EmptyBody.class)).isEqualTo(new EmptyBody());
        assertThat(StrictJson.read(null, EmptyBody.class)).isEqualTo(new EmptyBody());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "float for an integer      | {\"rateBps\":450.0}                          | field 'rateBps' has a value of the wrong type or form",
            "fraction for an integer   | {\"rateBps\":450.5}                          | field 'rateBps' has a value of the wrong type or form",
            "exponent for an integer   | {\"rateBps\":1e3}                            | field 'rateBps' has a value of the wrong type or form",
            "text for an integer       | {\"rateBps\":\"450\"}                        | field 'rateBps' has a value of the wrong type or form",
            "integer beyond int        | {\"rateBps\":99999999999}                    | the body is not valid JSON of the expected shape",
            "epoch day for a date      | {\"valueDate\":20000}                        | field 'valueDate' has a value of the wrong type or form",
            "array for a date          | {\"valueDate\":[2026,3,2]}                   | field 'valueDate' has a value of the wrong type or form",
            "date not yyyy-MM-dd       | {\"valueDate\":\"2026-3-2\"}                 | field 'valueDate' has a value of the wrong type or form",
            "unknown field             | {\"rateBps\":450,\"fee\":1}                  | unknown field 'fee'",
            "duplicate key             | {\"rateBps\":450,\"rateBps\":460}            | the body names a field twice",
            "trailing tokens           | {\"rateBps\":450} {}                         | the body is not valid JSON of the expected shape",
            "leading zero              | {\"rateBps\":0450}                           | the body is not valid JSON of the expected shape",
            "not JSON                  | {oops                                        | the body is not valid JSON of the expected shape",
            "comment                   | {/* x */\"rateBps\":450}                     | the body is not valid JSON of the expected shape"})
    void a_body_a_client_got_wrong_is_refused_never_guessed_at(String why, String json, String detail) {
        assertThat(refusal(json, Terms.class)).isEqualTo(detail);
    }

    @Test
    void an_amount_as_a_json_number_is_refused_with_its_path() {
        assertThat(refusal("{\"parts\":[{\"amount\":\"1.00\",\"currency\":\"CNY\"},{\"amount\":1.5,\"currency\":\"CNY\"}]}",
                Parts.class)).isEqualTo("field 'parts[1].amount' has a value of the wrong type or form");
    }

    @Test
    void a_single_object_where_a_list_belongs_is_refused() {
        assertThat(refusal("{\"parts\":{\"amount\":\"1.00\",\"currency\":\"CNY\"}}", Parts.class))
                .isEqualTo("field 'parts' has a value of the wrong type or form");
    }
}
