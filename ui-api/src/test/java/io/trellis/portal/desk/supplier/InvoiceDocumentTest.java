package io.trellis.portal.desk.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.Hashes;
import org.junit.jupiter.api.Test;

class InvoiceDocumentTest {
    @Test
    void the_hash_is_sha256_hex_of_the_typed_fields_one_per_line() {
        String hash = InvoiceDocument.hash("S1", "B1", "044001", "00012345", "1000.00", "CNY", "2026-12-01");

        assertThat(hash).isEqualTo(Hashes.sha256Hex("S1\nB1\n044001\n00012345\n1000.00\nCNY\n2026-12-01"));
        assertThat(Hashes.isSha256Hex(hash)).isTrue();
    }

    @Test
    void another_amount_gives_another_hash() {
        assertThat(InvoiceDocument.hash("S1", "B1", "C", "N", "1000.00", "CNY", "2026-12-01"))
                .isNotEqualTo(InvoiceDocument.hash("S1", "B1", "C", "N", "1000.01", "CNY", "2026-12-01"));
    }
}
