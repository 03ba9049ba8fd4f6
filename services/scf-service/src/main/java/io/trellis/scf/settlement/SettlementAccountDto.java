package io.trellis.scf.settlement;

/** A core enterprise's settlement bank and its account there, as the API shows it. */
public record SettlementAccountDto(String obligorId, String bankId, String accountNumber, long version,
        String lastTransactionId) {

    static SettlementAccountDto of(SettlementAccountView view) {
        return new SettlementAccountDto(view.obligorId, view.bankId, view.accountNumber, view.version,
                view.lastTransactionId);
    }
}
