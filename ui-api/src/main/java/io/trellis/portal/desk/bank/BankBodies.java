package io.trellis.portal.desk.bank;

/** The JSON bodies of the bank desk's writes, as scf-service reads them (amounts as the decimal text typed). */
public final class BankBodies {
    private BankBodies() {
    }

    public record Approve(int rateBps, String valueDate) {
    }

    public record Decline(String reason) {
    }

    public record Disbursement(String paymentId) {
    }

    public record Amount(String amount, String currency) {
    }

    public record GrantLine(String obligorId, Amount limit) {
    }
}
