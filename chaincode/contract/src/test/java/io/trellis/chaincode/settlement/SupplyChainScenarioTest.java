package io.trellis.chaincode.settlement;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static io.trellis.chaincode.testing.ScfWorld.payout;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.event.PayoutInstructed;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.DisbursementOutcome;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.invoice.Invoice;
import io.trellis.chaincode.api.invoice.InvoiceStatus;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.ScenarioIds;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end story of issue #3: a core enterprise issues 1,000,000.00 CNY to its tier-1 supplier, who
 * splits it three ways and passes one part to a tier-2 supplier; the tier-2 supplier sells that part to a bank;
 * at maturity one payment pays every holder exactly.
 */
public class SupplyChainScenarioTest {
    private final ScfWorld world = world();

    /** The world the story runs in; the end-to-end tests run it on a real network. */
    protected ScfWorld world() {
        return new ScfWorld();
    }

    @Test
    public void one_payment_at_maturity_pays_every_holder_of_a_split_transferred_and_financed_voucher_exactly() {
        world.grantLine(BANK, 2_000_000_00L);
        world.designateBank(BANK);
        Voucher root = world.active(TIER1, 1_000_000_00L);

        List<Voucher> parts = world.submit(TIER1, TxName.SPLIT_VOUCHER, new SplitVoucherRequest(root.id(),
                List.of(cny(500_000_00L), cny(300_000_00L), cny(200_000_00L)))).as(new TypeReference<List<Voucher>>() {
                });
        Voucher atTier2 = world.submit(TIER1, TxName.TRANSFER_VOUCHER,
                new TransferVoucherRequest(parts.get(1).id(), TIER2)).as(Voucher.class);
        Financing financing = world.applied(TIER2, atTier2.id(), BANK);
        // 300,000.00 at 4.50% for 183 days (2026-03-02 to 2026-09-01):
        // 30,000,000 x 450 x 183 / 3,600,000 = 686,250 fen exactly; proceeds 29,313,750 fen.
        Financing approved = world.approve(BANK, financing.id(), new TermsOffer(450, TODAY)).as(Financing.class);
        DisbursementOutcome disbursed = world.submit(BANK, TxName.CONFIRM_DISBURSEMENT,
                new DisbursementNotice(financing.id(), ScenarioIds.scoped("BANK-DISB-0001"))).as(DisbursementOutcome.class);

        assertThat(parts).extracting(Voucher::id).containsExactly(root.id() + "-01", root.id() + "-02", root.id() + "-03");
        assertThat(atTier2.id()).isEqualTo(root.id() + "-02-01");
        FinancingTerms terms = world.submit(BANK, TxName.GET_FINANCING_TERMS, financing.id()).as(FinancingTerms.class);
        assertThat(terms.days()).isEqualTo(183);
        assertThat(terms.interest()).isEqualTo(cny(686_250));
        assertThat(terms.proceeds()).isEqualTo(cny(29_313_750));
        assertThat(approved.termsHash()).isEqualTo(Hashes.sha256Hex(JsonCodec.toBytes(terms)));
        assertThat(disbursed.financing().status()).isEqualTo(FinancingStatus.DISBURSED);
        assertThat(world.voucher(atTier2.id()).holderId()).isEqualTo(BANK);
        assertThat(line().used()).isEqualTo(cny(300_000_00L));

        world.at(AT_MATURITY);
        String paymentId = ScenarioIds.scoped("PAY-20260901-0001");
        SettlementOutcome outcome = world.submit(BANK, TxName.SETTLE_PAYMENT,
                new PaymentNotice(paymentId, CORE, MATURITY, cny(1_000_000_00L), null)).as(SettlementOutcome.class);

        assertThat(outcome.payouts()).containsExactly(
                payout(BANK, paymentId, 1, root.id() + "-01", TIER1, null, 500_000_00L),
                payout(BANK, paymentId, 2, root.id() + "-02-01", BANK, null, 300_000_00L),
                payout(BANK, paymentId, 3, root.id() + "-03", TIER1, null, 200_000_00L));
        assertThat(outcome.applied()).isEqualTo(cny(1_000_000_00L));
        assertThat(outcome.unapplied()).isEqualTo(cny(0));
        assertThat(outcome.replayed()).isFalse();
        assertThat(world.lastEvents()).filteredOn(PayoutInstructed.class::isInstance)
                .extracting(e -> ((PayoutInstructed) e).payout()).containsExactlyElementsOf(outcome.payouts());

        assertThat(List.of(root.id() + "-01", root.id() + "-02-01", root.id() + "-03"))
                .allSatisfy(id -> assertThat(world.voucher(id).status()).isEqualTo(VoucherStatus.SETTLED));
        assertThat(line().used()).isEqualTo(cny(0));
        IssuanceLimitView issuance = world.submit(CORE, TxName.GET_ISSUANCE_LIMIT, CORE).as(IssuanceLimitView.class);
        assertThat(issuance.used()).isEqualTo(cny(0));
        assertThat(issuance.available()).isEqualTo(cny(2_000_000_00L));
        Invoice invoice = world.submit(CORE, TxName.GET_INVOICE, root.invoiceIds().get(0)).as(Invoice.class);
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.SETTLED);
    }

    private CreditLineView line() {
        return world.submit(BANK, TxName.GET_CREDIT_LINE, new CreditLineKey(BANK, CORE)).as(CreditLineView.class);
    }
}
