package io.trellis.abs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.abs.rules.ProRataSplitter.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProRataSplitterTest {

    @Test
    void an_exact_split_has_nothing_left_over() {
        // 90 over 1:2: 30 and 60.
        assertThat(ProRataSplitter.split(90, List.of(new Claim("A", 1), new Claim("B", 2)))).containsExactly(30L, 60L);
    }

    @Test
    void left_over_goes_one_each_to_the_largest_weights() {
        // Over A 1 / B 5 / C 4 (of 10). 101: 10.1 -> 10, 50.5 -> 50, 40.4 -> 40, given 100, 1 left to B, the largest.
        // 109: 10.9 -> 10, 54.5 -> 54, 43.6 -> 43, given 107, 2 left: one to B, one to C. A's larger fraction does
        // not count: leftovers follow the size of the claim, not the size of the fraction.
        List<Claim> claims = List.of(new Claim("A", 1), new Claim("B", 5), new Claim("C", 4));

        assertThat(ProRataSplitter.split(101, claims)).containsExactly(10L, 51L, 40L);
        assertThat(ProRataSplitter.split(109, claims)).containsExactly(10L, 55L, 44L);
    }

    @Test
    void by_largest_remainder_left_over_goes_one_each_to_the_largest_fractions() {
        // 109 over A 1 / B 5 / C 4: 10.9, 54.5, 43.6 -> 10, 54, 43; the 2 left go to A (.9) and C (.6).
        List<Claim> claims = List.of(new Claim("A", 1), new Claim("B", 5), new Claim("C", 4));

        assertThat(ProRataSplitter.splitByLargestRemainder(109, claims)).containsExactly(11L, 54L, 44L);
        assertThat(ProRataSplitter.splitByLargestRemainder(100, List.of(new Claim("C", 7), new Claim("A", 7),
                new Claim("B", 7)))).containsExactly(33L, 34L, 33L);
        for (long total = 0; total < 200; total++) {
            assertThat(ProRataSplitter.splitByLargestRemainder(total, claims).stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(total);
        }
    }

    @Test
    void ties_between_equal_weights_go_to_the_smaller_key_whatever_the_input_order() {
        // 100 over three equal weights: 33 each, 1 left, to "A" as the smallest key.
        assertThat(ProRataSplitter.split(100, List.of(new Claim("C", 7), new Claim("A", 7), new Claim("B", 7))))
                .containsExactly(33L, 34L, 33L);
    }

    @Test
    void shares_always_sum_to_the_total() {
        List<Claim> claims = List.of(new Claim("A", 3), new Claim("B", 3), new Claim("C", 1), new Claim("D", 11));
        for (long total = 0; total < 200; total++) {
            assertThat(ProRataSplitter.split(total, claims).stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
        }
    }

    @Test
    void large_totals_and_weights_do_not_overflow() {
        // 9e15 fen x 3e6 units would overflow a long; the shares do not: 9e15 x 1/3 and 2/3.
        List<Claim> claims = List.of(new Claim("A", 3_000_000), new Claim("B", 6_000_000));

        assertThat(ProRataSplitter.split(9_000_000_000_000_000L, claims))
                .containsExactly(3_000_000_000_000_000L, 6_000_000_000_000_000L);
    }

    @Test
    void claims_must_be_positive_and_distinct() {
        assertThatThrownBy(() -> ProRataSplitter.split(1, List.of(new Claim("A", 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProRataSplitter.split(1, List.of(new Claim("A", 1), new Claim("A", 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProRataSplitter.split(1, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
