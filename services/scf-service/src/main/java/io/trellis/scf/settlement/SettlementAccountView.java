package io.trellis.scf.settlement;

import io.trellis.chaincode.api.event.SettlementBankDesignated;
import io.trellis.ledger.events.LedgerEventMessage;
import io.trellis.desk.projection.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Read model of a core enterprise's designated settlement bank and its account there. */
@Entity
@Table(name = "settlement_account")
public class SettlementAccountView extends ProjectedRow {

    @Id
    @Column(name = "obligor_id")
    public String obligorId;

    @Column(name = "bank_id", nullable = false)
    public String bankId;

    @Column(name = "account_number", nullable = false)
    public String accountNumber;

    static SettlementAccountView of(SettlementBankDesignated designated, LedgerEventMessage message) {
        SettlementAccountView view = new SettlementAccountView();
        view.obligorId = designated.obligorId();
        view.take(designated, message);
        return view;
    }

    /** Takes the designation's bank and account, at its version. */
    void take(SettlementBankDesignated designated, LedgerEventMessage message) {
        bankId = designated.bankId();
        accountNumber = designated.accountNumber();
        stamp(message, designated.version());
    }
}
