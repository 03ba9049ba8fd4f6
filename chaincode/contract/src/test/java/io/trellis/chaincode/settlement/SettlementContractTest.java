package io.trellis.chaincode.settlement;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TIER3;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static io.trellis.chaincode.testing.ScfWorld.payout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.event.DomainEvent;
import io.trellis.chaincode.api.event.EventBatch;
import io.trellis.chaincode.api.event.PaymentApplied;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.settlement.SettlementQuery;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SettlementContractTest {
    private final ScfWorld world = new ScfWorld();

    SettlementContractTest() {
        world.designateBank(BANK);
    }

    private SettlementOutcome pay(String paymentId, long fen) {
        return world.submit(BANK, TxName.SETTLE_PAYMENT, notice(paymentId, fen)).as(SettlementOutcome.class);
    }

    private static PaymentNotice notice(String paymentId, long fen) {
        return new PaymentNotice(paymentId, CORE, MATURITY, cny(fen), null);
    }

    private ChaincodeHarness.Result settlement(String reader, String bankId, String paymentId) {
        return world.submit(reader, TxName.GET_SETTLEMENT, new SettlementQuery(bankId, paymentId));
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
        assertThat(settlement(CORE, BANK, "PAY-1").as(SettlementOutcome.class)).isEqualTo(first);
    }

    @Test
    void the_applied_payment_event_names_the_posting_bank_and_is_keyed_by_the_payment() {
        world.grantLine(BANK, 1_000_00L);
        world.active(TIER1, 600_00L);
        world.chain.ledger().setClock(AT_MATURITY);

        pay("PAY-1", 600_00L);

        List<DomainEvent> emitted = JsonCodec.fromJson(world.chain.ledger().events().getLast().payload(),
                EventBatch.class).events();
        assertThat(emitted).filteredOn(PaymentApplied.class::isInstance).map(PaymentApplied.class::cast)
                .singleElement().satisfies(applied -> {
                    assertThat(applied.bankId()).isEqualTo(BANK);
                    assertThat(applied.paymentId()).isEqualTo("PAY-1");
                    assertThat(applied.aggregateId()).isEqualTo("PAY-1");
                    assertThat(applied.applied()).isEqualTo(cny(600_00L));
                });
    }

    @Test
    void a_payment_id_reused_for_a_different_payment_is_a_conflict() {
        world.grantLine(BANK, 1_000_00L);
        world.active(TIER1, 600_00L);
        world.chain.ledger().setClock(AT_MATURITY);
        pay("PAY-1", 100_00L);

        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT, notice("PAY-1", 200_00L)).code())
                .isEqualTo(ErrorCode.PAYMENT_ID_REUSED);
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

        assertThat(first.payouts()).containsExactly(payout(BANK, "PAY-1", 1, voucher.id(), TIER1, null, 250_00L));
        assertThat(partly.status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(partly.outstanding()).isEqualTo(cny(350_00L));
        assertThat(between.used()).isEqualTo(cny(350_00L));
        assertThat(second.payouts()).containsExactly(payout(BANK, "PAY-2", 1, voucher.id(), TIER1, null, 350_00L));
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

        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT, notice("PAY-1", 600_00L)).code())
                .isEqualTo(ErrorCode.VOUCHER_NOT_MATURE);
    }

    @Test
    void a_voucher_still_under_financing_at_maturity_is_paid_to_its_holder_and_the_financing_expires() {
        world.grantLine(BANK, 1_000_00L);
        Voucher voucher = world.active(TIER2, 600_00L);
        Financing financing = world.applied(TIER2, voucher.id(), BANK);
        world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Object.class);
        world.chain.ledger().setClock(AT_MATURITY);

        SettlementOutcome outcome = pay("PAY-1", 600_00L);

        assertThat(outcome.payouts()).containsExactly(payout(BANK, "PAY-1", 1, voucher.id(), TIER2, null, 600_00L));
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
                new PaymentNotice("PAY-1", CORE, MATURITY.plusDays(1), cny(600_00L), null)).as(SettlementOutcome.class);

        assertThat(other.payouts()).isEmpty();
        assertThat(other.unapplied()).isEqualTo(cny(600_00L));
        assertThat(world.voucher(voucher.id()).status()).isEqualTo(VoucherStatus.ACTIVE);
    }
    @Test
    void a_bank_the_obligor_did_not_designate_may_not_settle_its_vouchers() {
        world.grantLine(BANK, 1_000_00L);
        Voucher voucher = world.active(TIER1, 600_00L);
        world.at(AT_MATURITY);

        assertThat(world.submit(BANK2, TxName.SETTLE_PAYMENT, notice("PAY-1", 600_00L)).code())
                .isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(world.voucher(voucher.id()).status()).isEqualTo(VoucherStatus.ACTIVE);
    }

    @Test
    void an_obligor_that_designated_no_bank_cannot_be_settled() {
        world.register(CORE2, PartyRole.CORE_ENTERPRISE, Org.PLATFORM);
        world.grantLine(BANK, CORE2, 1_000_00L);
        world.active(CORE2, TIER1, 600_00L, MATURITY);
        world.at(AT_MATURITY);

        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT,
                new PaymentNotice("PAY-1", CORE2, MATURITY, cny(600_00L), null)).code())
                .isEqualTo(ErrorCode.SETTLEMENT_ACCOUNT_NOT_DESIGNATED);
    }

    @Test
    void the_same_payment_id_at_two_banks_is_two_payments() {
        world.grantLine(BANK, 1_000_00L);
        Voucher voucher = world.active(TIER1, 600_00L);
        world.at(AT_MATURITY);
        SettlementOutcome atBank = pay("PAY-1", 100_00L);
        world.designateBank(BANK2);

        SettlementOutcome atBank2 = world.submit(BANK2, TxName.SETTLE_PAYMENT, notice("PAY-1", 200_00L))
                .as(SettlementOutcome.class);

        assertThat(atBank2.replayed()).isFalse();
        assertThat(atBank2.bankId()).isEqualTo(BANK2);
        assertThat(atBank2.payouts()).containsExactly(payout(BANK2, "PAY-1", 1, voucher.id(), TIER1, null, 200_00L));
        assertThat(atBank2.payouts().get(0).payoutId()).isNotEqualTo(atBank.payouts().get(0).payoutId());
        assertThat(world.voucher(voucher.id()).outstanding()).isEqualTo(cny(300_00L));
        assertThat(settlement(CORE, BANK, "PAY-1").as(SettlementOutcome.class)).isEqualTo(atBank);
        assertThat(settlement(CORE, BANK2, "PAY-1").as(SettlementOutcome.class)).isEqualTo(atBank2);
        // The first bank's retry is still a replay, though CORE has designated another bank since.
        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT, notice("PAY-1", 100_00L)).as(SettlementOutcome.class)
                .replayed()).isTrue();
    }

    @Test
    void a_payment_naming_a_root_voucher_pays_only_that_tree_and_takes_its_maturity() {
        world.grantLine(BANK, 1_000_00L);
        Voucher named = world.active(TIER1, 300_00L);
        List<Voucher> parts = world.submit(TIER1, TxName.SPLIT_VOUCHER, new SplitVoucherRequest(named.id(),
                List.of(cny(100_00L), cny(200_00L)))).as(new TypeReference<List<Voucher>>() {
                });
        Voucher other = world.active(TIER2, 400_00L);
        world.at(AT_MATURITY);

        SettlementOutcome outcome = world.submit(BANK, TxName.SETTLE_PAYMENT,
                new PaymentNotice("PAY-1", CORE, null, cny(500_00L), named.id())).as(SettlementOutcome.class);

        assertThat(outcome.notice().maturityDate()).isNull(); // stored as sent
        assertThat(outcome.payouts()).containsExactly(
                payout(BANK, "PAY-1", 1, parts.get(0).id(), TIER1, null, 100_00L),
                payout(BANK, "PAY-1", 2, parts.get(1).id(), TIER1, null, 200_00L));
        assertThat(outcome.unapplied()).isEqualTo(cny(200_00L));
        assertThat(world.voucher(other.id()).status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT,
                new PaymentNotice("PAY-1", CORE, null, cny(500_00L), named.id())).as(SettlementOutcome.class).replayed())
                .isTrue();
        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT,
                new PaymentNotice("PAY-2", CORE, null, cny(1), parts.get(0).id())).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(world.submit(BANK, TxName.SETTLE_PAYMENT,
                new PaymentNotice("PAY-2", CORE, null, cny(1), "CV0123456789ABCDEF0123")).code())
                .isEqualTo(ErrorCode.VOUCHER_NOT_FOUND);
    }

    @Test
    void the_posting_bank_sees_its_payment_whole_and_another_bank_not_at_all() {
        world.grantLine(BANK, 1_000_00L);
        Voucher mine = world.active(TIER1, 600_00L);
        Voucher financed = world.active(TIER2, 400_00L);
        world.grantLine(BANK2, 1_000_00L);
        Financing financing = world.applied(TIER2, financed.id(), BANK2);
        world.approve(BANK2, financing.id(), new TermsOffer(365, TODAY)).as(Object.class);
        world.submit(BANK2, TxName.CONFIRM_DISBURSEMENT, new DisbursementNotice(financing.id(), "DISB-1")).as(Object.class);
        world.at(AT_MATURITY);
        SettlementOutcome outcome = pay("PAY-1", 1_000_00L);

        assertThat(settlement(BANK, BANK, "PAY-1").as(SettlementOutcome.class)).isEqualTo(outcome);
        assertThat(settlement(BANK2, BANK, "PAY-1").as(SettlementOutcome.class).payouts())
                .extracting(Payout::voucherId).containsExactly(financed.id());
        assertThat(settlement(TIER1, BANK, "PAY-1").as(SettlementOutcome.class).payouts())
                .extracting(Payout::voucherId).containsExactly(mine.id());
        assertThat(settlement(TIER3, BANK, "PAY-1").code()).isEqualTo(ErrorCode.SETTLEMENT_NOT_FOUND);
        assertThat(settlement(CORE, BANK2, "PAY-1").error().message())
                .isEqualTo("no payment PAY-1 was applied by " + BANK2);
    }
    @Test
    void a_short_payment_pays_every_due_voucher_its_share_and_gives_back_exactly_that_much_limit() {
        world.grantLine(BANK, 1_000_00L);
        Voucher larger = world.active(TIER1, 600_00L);
        Voucher smaller = world.active(TIER2, 400_00L);
        world.at(AT_MATURITY);

        SettlementOutcome outcome = pay("PAY-1", 500_00L);

        assertThat(outcome.payouts()).extracting(Payout::voucherId, Payout::amount).containsExactlyInAnyOrder(
                tuple(larger.id(), cny(300_00L)), tuple(smaller.id(), cny(200_00L)));
        assertThat(world.voucher(larger.id()).outstanding()).isEqualTo(cny(300_00L));
        assertThat(world.voucher(smaller.id()).outstanding()).isEqualTo(cny(200_00L));
        assertThat(issuance().used()).isEqualTo(cny(500_00L));
    }
}
