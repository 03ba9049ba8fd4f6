package io.trellis.abs.desk;

import static io.trellis.abs.support.BodyChecks.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Hashes;
import org.junit.jupiter.api.Test;

class DocumentHashTest {

    record Anchored(@DocumentHash String documentHash) {
    }

    @Test
    void a_sha256_in_lower_case_hex_passes_and_no_hash_is_left_to_not_null() {
        assertThat(violations(new Anchored(Hashes.sha256Hex("servicer report")))).isEmpty();
        assertThat(violations(new Anchored(null))).isEmpty();
    }

    @Test
    void upper_case_short_or_non_hex_text_is_named() {
        String hash = Hashes.sha256Hex("servicer report");
        for (String wrong : new String[] {hash.toUpperCase(), hash.substring(1), hash.replace(hash.charAt(0), 'g'), ""}) {
            assertThat(violations(new Anchored(wrong)))
                    .containsExactly("documentHash must be a SHA-256 in lower-case hex (64 characters)");
        }
    }
}
