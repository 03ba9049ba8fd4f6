package io.trellis.portal.scf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedItemsTest {
    @Test
    void values_are_separated_by_lines_spaces_or_semicolons_never_by_commas() {
        assertThat(TypedItems.of(" 1000000.00\r\n600000.00 ;  1.00；2\n\n")).containsExactly("1000000.00", "600000.00",
                "1.00", "2");
        assertThat(TypedItems.of("600,000.00")).containsExactly("600,000.00");
        assertThat(TypedItems.of(null)).isEmpty();
    }
}
