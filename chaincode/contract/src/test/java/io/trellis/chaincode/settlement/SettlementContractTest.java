package io.trellis.chaincode.settlement;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SettlementContractTest {
    private final ScfWorld world = new ScfWorld();

    private SettlementOutcome pay(String paymentId, long fen) {
        return world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice(paymentId, CORE, MATURITY, cny(fen)))
                .as(SettlementOutcome.class);
    }

    private IssuanceLimitView issuance() {
        return world.submit(CORE, TxName.GET_ISSUANCE_LIMIT, CORE).as(IssuanceLimitView.class);
    }

    @Test
    void a_replayed_payment_changes_nothing_and_returns_the_original_outcome_marked_replayed() {
        world.grantLine(BANK, 1_000_00L);
        world.active(TIER1, 600_00L);
        world.chain.ledger().setClock(AT_MATURITY);
        SettlementOutcome first = pay("PAY-1", 600_00L);
        TreeMap<String, byte[]> before = new TreeMap<>(world.chain.ledger().state());
        int events = world.chain.ledger().events().size();

        SettlementOutcome replay = pay("PAY-1", 600_00L);

        assertThat(first.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.asReplay()).isEqualTo(first.asReplay());
        assertThat(world.chain.ledger().state()).containsExactlyEntriesOf(before);
        assertThat(world.chain.ledger().events()).hasSize(events);
        assertThat(world.submit(CORE, TxName.GET_SETTLEMENT, "PAY-1").as(SettlementOutcome.class)).isEqualTo(first);
    }

    @Test
    void a_payment_id_reused_for_a_different_payment_is_a_conflict() {
        world.grantLine(BANK, 1_000_00L);
        world.active(TIER1, 600_00L);
        world.chain.ledger().setClock(AT_MATURITY);
        pay("PAY-1", 100_00L);

        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice("PAY-1", CORE, MATURITY, cny(200_00L)))
                .code()).isEqualTo(ErrorCode.PAYMENT_ID_REUSED);
    }

    @Test
    void two_partial_payments_settle_a_voucher_and_restore_the_limit_exactly() {
        world.grantLine(BANK, 1_000_00L);
        Voucher voucher = world.active(TIER1, 600_00L);
        world.chain.ledger().setClock(AT_MATURITY);

        SettlementOutcome first = pay("PAY-1", 250_00L);
        Voucher partly = world.voucher(voucher.id());
        IssuanceLimitView between = issuance();
        SettlementOutcome second = pay("PAY-2", 400_00L);

        assertThat(first.payouts()).containsExactly(new Payout(voucher.id(), TIER1, null, cny(250_00L)));
        assertThat(partly.status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(partly.outstanding()).isEqualTo(cny(350_00L));
        assertThat(between.used()).isEqualTo(cny(350_00L));
        assertThat(second.payouts()).containsExactly(new Payout(voucher.id(), TIER1, null, cny(350_00L)));
        assertThat(second.unapplied()).isEqualTo(cny(50_00L));
        assertThat(world.voucher(voucher.id()).status()).isEqualTo(VoucherStatus.SETTLED);
        assertThat(issuance().used()).isEqualTo(cny(0));
        assertThat(world.submit(CORE, TxName.GET_INVOICE, voucher.invoiceIds().get(0)).as(Invoice.class).status())
                .isEqualTo(InvoiceStatus.SETTLED);
    }

    @Test
    void vouchers_are_not_settled_before_their_maturity_date() {
        world.grantLine(BANK, 1_000_00L);
        world.active(TIER1, 600_00L);

        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice("PAY-1", CORE, MATURITY, cny(600_00L)))
                .code()).isEqualTo(ErrorCode.VOUCHER_NOT_MATURE);
    }

    @Test
    void a_voucher_still_under_financing_at_maturity_is_paid_to_its_holder_and_the_financing_expires() {
        world.grantLine(BANK, 1_000_00L);
        Voucher voucher = world.active(TIER2, 600_00L);
        Financing financing = world.applied(TIER2, voucher.id(), BANK);
        world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Object.class);
        world.chain.ledger().setClock(AT_MATURITY);

        SettlementOutcome outcome = pay("PAY-1", 600_00L);

        assertThat(outcome.payouts()).containsExactly(new Payout(voucher.id(), TIER2, null, cny(600_00L)));
        assertThat(world.submit(BANK, TxName.GET_FINANCING, financing.id()).as(Financing.class).status())
                .isEqualTo(FinancingStatus.EXPIRED);
        assertThat(world.submit(BANK, TxName.GET_CREDIT_LINE, new CreditLineKey(BANK, CORE)).as(CreditLineView.class)
                .used()).isEqualTo(cny(0));
    }

    @Test
    void only_the_notices_obligor_and_maturity_are_paid() {
        world.grantLine(BANK, 1_000_00L);
        Voucher voucher = world.active(TIER1, 600_00L);
        world.chain.ledger().setClock(AT_MATURITY.plusSeconds(86_400 * 30));

        SettlementOutcome other = world.submit(BANK, TxName.SETTLE_PAYMENT,
                new PaymentNotice("PAY-1", CORE, MATURITY.plusDays(1), cny(600_00L))).as(SettlementOutcome.class);

        assertThat(other.payouts()).isEmpty();
        assertThat(other.unapplied()).isEqualTo(cny(600_00L));
        assertThat(world.voucher(voucher.id()).status()).isEqualTo(VoucherStatus.ACTIVE);
    }
}
