package io.trellis.desk.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.desk.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageParamsTest {

    @ParameterizedTest
    @CsvSource({"-1,50", "0,0", "0,201"})
    void a_page_outside_the_bounds_is_an_invalid_argument(int page, int size) {
        assertThatThrownBy(() -> new PageParams(page, size))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).toProblem().code()).isEqualTo("INVALID_ARGUMENT"));
    }

    @Test
    void the_bounds_themselves_are_allowed() {
        assertThat(new PageParams(0, 1).size()).isEqualTo(1);
        assertThat(new PageParams(7, PageParams.MAX_SIZE).size()).isEqualTo(200);
    }

    @Test
    void a_filter_keeps_only_the_conditions_given() {
        Filter filter = new Filter().equal("holderId", "H").equal("obligorId", null).equal("status", "ACTIVE");
        assertThat(filter.query()).isEqualTo("holderId = :holderId and status = :status");
        assertThat(filter.parameters().map()).containsOnlyKeys("holderId", "status");
        assertThat(new Filter().equal("holderId", null).query()).isEmpty();
    }
}
