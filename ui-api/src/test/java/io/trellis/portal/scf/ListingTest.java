package io.trellis.portal.scf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingTest {
    @Test
    void reads_every_page_until_a_short_one() {
        List<Integer> all = IntStream.range(0, 450).boxed().toList();
        List<Integer> asked = new ArrayList<>();

        List<Integer> read = Listing.all(page -> {
            asked.add(page);
            int from = Math.min(page * Listing.MAX_SIZE, all.size());
            int to = Math.min(from + Listing.MAX_SIZE, all.size());
            return new Listing<>(all.subList(from, to), page, Listing.MAX_SIZE, all.size());
        });

        assertThat(read).isEqualTo(all);
        assertThat(asked).containsExactly(0, 1, 2);
    }
}
