package io.trellis.abs.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.desk.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PathEnumsTest {

    @Test
    void a_constant_named_exactly_is_read() {
        assertThat(PathEnums.parse(TrancheClass.class, "MEZZANINE", "trancheClass")).isEqualTo(TrancheClass.MEZZANINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"senior", " SENIOR", "SENIOR ", "0", "", "JUNIOR"})
    void anything_else_is_a_400_naming_the_constants(String segment) {
        assertThatThrownBy(() -> PathEnums.parse(TrancheClass.class, segment, "trancheClass"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.toProblem().code()).isEqualTo(ErrorCode.INVALID_ARGUMENT.name());
                    assertThat(e.toProblem().detail())
                            .isEqualTo("trancheClass in the path must be one of SENIOR, MEZZANINE, SUBORDINATED");
                });
    }
}
