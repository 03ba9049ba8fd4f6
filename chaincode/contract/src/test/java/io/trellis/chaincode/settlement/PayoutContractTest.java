package io.trellis.chaincode.settlement;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.PayoutConfirmed;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.Payout;
import io.trellis.chaincode.api.settlement.PayoutConfirmation;
import io.trellis.chaincode.api.settlement.PayoutConfirmationRequest;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PayoutContractTest {
    private final ScfWorld world = new ScfWorld();
    private final Voucher voucher;
    private final Payout payout;

    PayoutContractTest() {
        world.grantLine(BANK, 1_000_00L);
        world.designateBank(BANK);
        voucher = world.active(TIER1, 600_00L);
        world.at(AT_MATURITY);
        payout = world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice("PAY-1", CORE, MATURITY, cny(600_00L), null))
                .as(SettlementOutcome.class).payouts().get(0);
    }

    private ChaincodeHarness.Result confirm(String bankId, String paymentId, String payoutId, String reference) {
        return world.submit(bankId, TxName.CONFIRM_PAYOUT, new PayoutConfirmationRequest(paymentId, payoutId, reference));
    }

    @Test
    void the_posting_bank_confirms_a_payout_with_its_reference_at_the_transaction_time() {
        world.at(AT_MATURITY.plusSeconds(3_600));

        PayoutConfirmation confirmed = confirm(BANK, "PAY-1", payout.payoutId(), "BANK-TRF-0001")
                .as(PayoutConfirmation.class);

        PayoutConfirmation expected = new PayoutConfirmation(payout.payoutId(), "PAY-1", BANK, voucher.id(), TIER1, null,
                cny(600_00L), "BANK-TRF-0001", AT_MATURITY.plusSeconds(3_600), false);
        assertThat(confirmed).isEqualTo(expected);
        assertThat(world.lastEvents()).containsExactly(new PayoutConfirmed(payout.payoutId(), "PAY-1", BANK, voucher.id(),
                TIER1, null, cny(600_00L), "BANK-TRF-0001", AT_MATURITY.plusSeconds(3_600)));
    }

    @Test
    void confirming_again_with_the_same_reference_answers_the_stored_confirmation_and_writes_nothing() {
        PayoutConfirmation first = confirm(BANK, "PAY-1", payout.payoutId(), "BANK-TRF-0001").as(PayoutConfirmation.class);
        TreeMap<String, byte[]> before = new TreeMap<>(world.chain.ledger().state());
        int events = world.chain.ledger().events().size();
        world.at(AT_MATURITY.plusSeconds(86_400));

        PayoutConfirmation again = confirm(BANK, "PAY-1", payout.payoutId(), "BANK-TRF-0001").as(PayoutConfirmation.class);

        assertThat(again).isEqualTo(first.asReplay());
        assertThat(world.chain.ledger().state()).containsExactlyEntriesOf(before);
        assertThat(world.chain.ledger().events()).hasSize(events);
        assertThat(confirm(BANK, "PAY-1", payout.payoutId(), "BANK-TRF-0002").code())
                .isEqualTo(ErrorCode.PAYOUT_ALREADY_CONFIRMED);
    }

    @Test
    void only_the_bank_that_posted_the_payment_finds_it_and_only_its_own_payouts() {
        assertThat(confirm(BANK2, "PAY-1", payout.payoutId(), "X-1").code()).isEqualTo(ErrorCode.SETTLEMENT_NOT_FOUND);
        assertThat(confirm(BANK, "PAY-2", payout.payoutId(), "X-1").code()).isEqualTo(ErrorCode.SETTLEMENT_NOT_FOUND);
        assertThat(confirm(BANK, "PAY-1", payout.payoutId().replace("-01", "-02"), "X-1").code())
                .isEqualTo(ErrorCode.PAYOUT_NOT_FOUND);
        assertThat(confirm(BANK, "PAY-1", "CV1-01", "X-1").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(confirm(BANK, "PAY-1", payout.payoutId(), "no spaces").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(ScfWorld.payout(BANK, "PAY-1", 1, voucher.id(), TIER1, null, 600_00L)).isEqualTo(payout);
    }
}
