package io.trellis.settlement.payment;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.DisbursementOutcome;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.ledger.Committed;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.settlement.intake.MessageHandler;
import io.trellis.settlement.intake.Outcome;
import io.trellis.settlement.intake.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A payment notice becomes the transaction it stands for, signed by the paying bank's own identity: a maturity
 * payment settles the referenced voucher's tree, a disbursement confirms the financing's payment. Who may post
 * for whom is the chaincode's rule (the obligor's designated settlement bank); payment ids make a repeat a
 * replay, which is how a crash between submit and commit is resolved.
 */
@ApplicationScoped
public class PaymentNoticeHandler implements MessageHandler {
    static final String PAYER_NOT_BANK = "DISBURSEMENT_PAYER_NOT_BANK";

    private final LedgerClient ledger;
    private final BankIdentities banks;

    PaymentNoticeHandler(LedgerClient ledger, BankIdentities banks) {
        this.ledger = ledger;
        this.banks = banks;
    }

    @Override
    public Outcome handle(String key, byte[] value) {
        NoticeReader.Read read = NoticeReader.read(value);
        if (read instanceof NoticeReader.Unreadable unreadable) {
            return new Outcome.Refused(unreadable.refusal());
        }
        NoticeReader.Payment payment = (NoticeReader.Payment) read;
        String bankId = payment.notice().bankId();
        Optional<FabricIdentity> bank = banks.of(bankId);
        if (bank.isEmpty()) {
            return new Outcome.Refused(Refusal.bankNotServed(bankId));
        }
        return switch (payment) {
            case NoticeReader.Maturity maturity -> settle(bank.get(), maturity);
            case NoticeReader.Disbursement disbursement -> disburse(bank.get(), disbursement);
        };
    }

    /** A tree's payments touch its vouchers, a financing's confirmations its financing: one at a time each. */
    @Override
    public String orderingKey(String key, byte[] value) {
        return switch (NoticeReader.read(value)) {
            case NoticeReader.Maturity maturity -> "voucher " + maturity.voucherId();
            case NoticeReader.Disbursement disbursement -> "financing " + disbursement.financingId();
            case NoticeReader.Unreadable unreadable -> "unreadable " + key;
        };
    }

    private Outcome settle(FabricIdentity bank, NoticeReader.Maturity maturity) {
        BankPaymentNotice n = maturity.notice();
        PaymentNotice notice = new PaymentNotice(n.paymentId(), n.payerId(), null, maturity.amount(), maturity.voucherId());
        Committed<SettlementOutcome> committed = ledger.submit(LedgerCall.json(bank, TxName.SETTLE_PAYMENT, notice),
                SettlementOutcome.class);
        return new Outcome.Applied(committed.result().settledTxId(), committed.result().replayed());
    }

    private Outcome disburse(FabricIdentity bank, NoticeReader.Disbursement disbursement) {
        BankPaymentNotice n = disbursement.notice();
        if (!n.payerId().equals(n.bankId())) {
            return new Outcome.Refused(new Refusal(PAYER_NOT_BANK, "a disbursement is paid by the financing bank itself"));
        }
        Committed<DisbursementOutcome> committed = ledger.submit(LedgerCall.json(bank, TxName.CONFIRM_DISBURSEMENT,
                new DisbursementNotice(disbursement.financingId(), n.paymentId())), DisbursementOutcome.class);
        return new Outcome.Applied(committed.transactionId(), committed.result().replayed());
    }
}
