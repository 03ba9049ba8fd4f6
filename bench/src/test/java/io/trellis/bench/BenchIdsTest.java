package io.trellis.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trellis.chaincode.api.party.PartyIds;
import org.junit.jupiter.api.Test;

class BenchIdsTest {

    @Test
    void run_tags_of_different_seconds_differ_and_are_five_alphabet_characters() {
        assertThat(BenchIds.runTag(1_700_000_000L)).isNotEqualTo(BenchIds.runTag(1_700_000_001L))
                .matches("[" + BenchIds.ALPHABET + "]{5}");
    }

    @Test
    void party_ids_are_well_formed_credit_codes() {
        assertThat(PartyIds.isWellFormed(BenchIds.partyId('8', BenchIds.runTag(42), 2, 7))).isTrue();
    }

    @Test
    void a_number_too_large_for_its_width_is_refused_rather_than_wrapped() {
        assertThatThrownBy(() -> BenchIds.base31(31 * 31, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BenchIds.base31(31 * 31 - 1, 2)).isEqualTo("YY");
    }
}
