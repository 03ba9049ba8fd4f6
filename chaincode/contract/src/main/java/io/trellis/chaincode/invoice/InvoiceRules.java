package io.trellis.chaincode.invoice;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.event.InvoiceStatusChanged;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.core.Transitions;
import io.trellis.chaincode.party.PartyRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** The invoice state machine and the double-financing guard: pure functions. */
public final class InvoiceRules {
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,32}");
    static final int MAX_REASON_LENGTH = 500;

    static final Transitions<InvoiceStatus> MOVES = Transitions.of(InvoiceStatus.class, ErrorCode.INVOICE_STATE_CONFLICT)
            .allow(InvoiceStatus.REGISTERED, InvoiceStatus.CONFIRMED, InvoiceStatus.DISPUTED, InvoiceStatus.CANCELLED)
            .allow(InvoiceStatus.DISPUTED, InvoiceStatus.CONFIRMED, InvoiceStatus.CANCELLED)
            .allow(InvoiceStatus.CONFIRMED, InvoiceStatus.PLEDGED, InvoiceStatus.CANCELLED)
            // Back to CONFIRMED when the supplier rejects the voucher it backs.
            .allow(InvoiceStatus.PLEDGED, InvoiceStatus.SETTLED, InvoiceStatus.CONFIRMED);

    private InvoiceRules() {
    }

    /**
     * The network-wide identity of an invoice. The seller's unified social credit code is its tax id; the
     * parts cannot contain the separator, so two different triples never give the same text.
     */
    public static String idOf(String sellerTaxId, String invoiceCode, String invoiceNumber) {
        return Hashes.sha256Hex(sellerTaxId + "|" + invoiceCode + "|" + invoiceNumber);
    }

    public static void requireInvoiceId(String id) {
        if (!Hashes.isSha256Hex(id)) {
            throw ChaincodeException.invalid("an invoice id is 64 lowercase hex characters");
        }
    }

    public static void validate(RegisterInvoiceRequest request) {
        PartyRules.requirePartyId(request.buyerId());
        if (request.invoiceCode() == null || !CODE.matcher(request.invoiceCode()).matches()) {
            throw ChaincodeException.invalid("invoiceCode must be 1 to 32 digits or capital letters");
        }
        if (request.invoiceNumber() == null || !CODE.matcher(request.invoiceNumber()).matches()) {
            throw ChaincodeException.invalid("invoiceNumber must be 1 to 32 digits or capital letters");
        }
        if (request.amount() == null || !request.amount().isPositive()) {
            throw ChaincodeException.invalid("amount must be a positive amount");
        }
        if (request.issueDate() == null) {
            throw ChaincodeException.invalid("issueDate is required");
        }
        if (!Hashes.isSha256Hex(request.documentHash())) {
            throw ChaincodeException.invalid("documentHash must be a SHA-256 as 64 lowercase hex characters");
        }
    }

    public static Invoice register(RegisterInvoiceRequest request, String sellerId, Optional<Invoice> existing,
            LocalDate today, Instant timestamp) {
        String id = idOf(sellerId, request.invoiceCode(), request.invoiceNumber());
        if (existing.isPresent()) {
            throw new ChaincodeException(ErrorCode.INVOICE_ALREADY_REGISTERED,
                    "invoice " + request.invoiceCode() + "/" + request.invoiceNumber() + " of seller " + sellerId
                            + " is already registered");
        }
        if (request.issueDate().isAfter(today)) {
            throw ChaincodeException.invalid("issueDate " + request.issueDate() + " is in the future");
        }
        if (request.buyerId().equals(sellerId)) {
            throw ChaincodeException.invalid("an invoice's buyer cannot be its seller");
        }
        return new Invoice(id, sellerId, request.buyerId(), request.invoiceCode(), request.invoiceNumber(),
                request.amount(), request.issueDate(), request.documentHash(), InvoiceStatus.REGISTERED, null, null,
                timestamp.toString(), 1);
    }

    public static Invoice confirm(Invoice invoice, String callerId) {
        requireBuyer(invoice, callerId);
        MOVES.require("invoice " + invoice.id(), invoice.status(), InvoiceStatus.CONFIRMED);
        return invoice.with(InvoiceStatus.CONFIRMED, null, invoice.note());
    }

    public static Invoice dispute(Invoice invoice, String callerId, String reason) {
        requireBuyer(invoice, callerId);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            throw ChaincodeException.invalid("a dispute needs a reason of at most " + MAX_REASON_LENGTH + " characters");
        }
        MOVES.require("invoice " + invoice.id(), invoice.status(), InvoiceStatus.DISPUTED);
        return invoice.with(InvoiceStatus.DISPUTED, null, reason.strip());
    }

    public static Invoice cancel(Invoice invoice, String callerId) {
        if (!invoice.sellerId().equals(callerId)) {
            throw ChaincodeException.notAllowed("only the seller may cancel invoice " + invoice.id());
        }
        MOVES.require("invoice " + invoice.id(), invoice.status(), InvoiceStatus.CANCELLED);
        return invoice.with(InvoiceStatus.CANCELLED, null, invoice.note());
    }

    /** Backs a voucher; an invoice already backing one is the double pledge the guard exists for. */
    public static Invoice pledge(Invoice invoice, String rootVoucherId) {
        if (invoice.status() == InvoiceStatus.PLEDGED || invoice.status() == InvoiceStatus.SETTLED) {
            throw new ChaincodeException(ErrorCode.INVOICE_ALREADY_PLEDGED,
                    "invoice " + invoice.id() + " already backs voucher " + invoice.voucherId());
        }
        MOVES.require("invoice " + invoice.id(), invoice.status(), InvoiceStatus.PLEDGED);
        return invoice.with(InvoiceStatus.PLEDGED, rootVoucherId, invoice.note());
    }

    public static Invoice unpledge(Invoice invoice) {
        MOVES.require("invoice " + invoice.id(), invoice.status(), InvoiceStatus.CONFIRMED);
        return invoice.with(InvoiceStatus.CONFIRMED, null, invoice.note());
    }

    public static Invoice settle(Invoice invoice) {
        MOVES.require("invoice " + invoice.id(), invoice.status(), InvoiceStatus.SETTLED);
        return invoice.with(InvoiceStatus.SETTLED, invoice.voucherId(), invoice.note());
    }

    public static InvoiceStatusChanged changed(Invoice before, Invoice after) {
        return new InvoiceStatusChanged(after.id(), before.status(), after.status(), after.voucherId(), after.note(),
                after.version());
    }

    private static void requireBuyer(Invoice invoice, String callerId) {
        if (!invoice.buyerId().equals(callerId)) {
            throw ChaincodeException.notAllowed("only the buyer may confirm or dispute invoice " + invoice.id());
        }
    }
}
