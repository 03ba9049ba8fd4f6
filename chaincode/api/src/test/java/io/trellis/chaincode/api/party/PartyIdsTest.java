package io.trellis.chaincode.api.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"91110108551385082Q", "91350100M000100Y43", "91440300708461136T"})
    void published_codes_of_real_companies_are_well_formed(String code) {
        assertThat(PartyIds.isWellFormed(code)).isTrue();
        assertThat(PartyIds.withCheckCharacter(code.substring(0, 17))).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91110108551385082R", "91110108551385083Q", "91310000MA1K000001", "913100000000000001"})
    void a_code_whose_check_character_does_not_match_is_refused(String code) {
        assertThat(PartyIds.isWellFormed(code)).isFalse();
        assertThatThrownBy(() -> PartyIds.require(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9111010855138508", "91110108551385082QQ", "91110108551385082q", "9111010855138508IQ",
            "9111010855138508\u00002"})
    void a_code_of_the_wrong_length_or_alphabet_is_refused(String code) {
        assertThat(PartyIds.isWellFormed(code)).isFalse();
    }

    @Test
    void a_check_value_of_zero_is_the_character_zero() {
        String code = PartyIds.withCheckCharacter("00000000000000000");

        assertThat(code).isEqualTo("000000000000000000");
        assertThat(PartyIds.isWellFormed(code)).isTrue();
    }

    @Test
    void the_check_character_covers_every_value_of_the_alphabet() {
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = PartyIds.withCheckCharacter(String.format("%017d", i));
            assertThat(PartyIds.isWellFormed(code)).isTrue();
            seen.add(code.charAt(17));
        }
        assertThat(seen).hasSize(PartyIds.ALPHABET.length());
    }

    @Test
    void only_seventeen_characters_of_the_alphabet_get_a_check_character() {
        assertThatThrownBy(() -> PartyIds.withCheckCharacter("9111010855138508")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartyIds.withCheckCharacter("9111010855138508O")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartyIds.withCheckCharacter(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void null_is_not_a_party_id() {
        assertThat(PartyIds.isWellFormed(null)).isFalse();
    }
}
