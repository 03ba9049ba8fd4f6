package io.trellis.portal.desk.supplier;

import io.trellis.chaincode.api.Hashes;
import java.util.List;

/**
 * The document hash the ledger keeps for an invoice registered on the portal: SHA-256 (lower-case hex) of the
 * invoice's typed fields, one per line in a fixed order (seller, buyer, code, number, amount as typed, currency,
 * issue date). Anyone holding the same invoice data can recompute it; the portal takes no file upload.
 */
public final class InvoiceDocument {
    private InvoiceDocument() {
    }

    public static String hash(String sellerId, String buyerId, String invoiceCode, String invoiceNumber,
            String amount, String currency, String issueDate) {
        return Hashes.sha256Hex(String.join("\n",
                List.of(sellerId, buyerId, invoiceCode, invoiceNumber, amount, currency, issueDate)));
    }
}
