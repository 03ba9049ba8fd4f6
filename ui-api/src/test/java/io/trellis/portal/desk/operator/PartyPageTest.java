package io.trellis.portal.desk.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyPageTest {

    @Test
    void the_first_of_three_pages_links_only_forward_and_counts_from_one() {
        PartyPage first = new PartyPage(List.of(), 0, 50, 101);

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.next()).isEqualTo(1);
    }

    @Test
    void the_last_page_links_only_back_even_when_it_is_exactly_full() {
        PartyPage last = new PartyPage(List.of(), 1, 50, 100);

        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.previous()).isZero();
        assertThat(last.pages()).isEqualTo(2);
    }

    @Test
    void an_empty_directory_is_one_page_without_links() {
        PartyPage empty = new PartyPage(null, 0, 50, 0);

        assertThat(empty.items()).isEmpty();
        assertThat(empty.hasNext()).isFalse();
        assertThat(empty.hasPrevious()).isFalse();
        assertThat(empty.pages()).isEqualTo(1);
    }
}
