package io.trellis.chaincode.abs;

import static io.trellis.chaincode.testing.AbsWorld.SMALL_P1;
import static io.trellis.chaincode.testing.AbsWorld.SMALL_P2;
import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.CORE2;
import static io.trellis.chaincode.testing.ScfWorld.CORE3;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.RATER;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.Deal;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.chaincode.api.abs.Distribution;
import io.trellis.chaincode.api.abs.Holding;
import io.trellis.chaincode.api.abs.PayoutInstruction;
import io.trellis.chaincode.api.abs.PayoutKind;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.ResizeTrancheRequest;
import io.trellis.chaincode.api.abs.RunPaymentDateRequest;
import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import org.junit.jupiter.api.Test;

/** A deal's life through the real transactions, on the small deal of {@link AbsWorld} (amounts in fen). */
class DealContractTest {
    private final AbsWorld world = new AbsWorld();

    private ChaincodeHarness.Result manage(String transaction, String poolId) {
        return world.submit(SECURITIES, transaction, new DealRequest(poolId));
    }

    private ChaincodeHarness.Result run(String poolId) {
        return world.submit(SECURITIES, TxName.RUN_PAYMENT_DATE, new RunPaymentDateRequest(poolId, AbsWorld.REPORT_HASH));
    }

    @Test
    void subscription_opens_only_with_clean_attestations_of_every_required_kind_and_rated_tranches() {
        String poolId = world.structuredDeal();

        assertThat(manage(TxName.OPEN_SUBSCRIPTION, poolId).code()).isEqualTo(ErrorCode.ATTESTATION_MISSING);
        world.attestEverything(poolId);
        // The accountant replaces its opinion with an adverse one: the deal may not open.
        world.submit(SERVICER, TxName.RECORD_ATTESTATION, new RecordAttestationRequest(poolId, AttestationKind.AUDIT,
                AttestationOpinion.ADVERSE, ScfWorld.hash("adverse audit"))).as(Object.class);
        assertThat(manage(TxName.OPEN_SUBSCRIPTION, poolId).code()).isEqualTo(ErrorCode.ATTESTATION_ADVERSE);
        // And replaces it again with a clean one: its own later attestation replaces the adverse one.
        world.attestEverything(poolId);
        assertThat(manage(TxName.OPEN_SUBSCRIPTION, poolId).code()).isEqualTo(ErrorCode.TRANCHE_RATING_MISSING);
        world.rate(poolId, TrancheClass.SENIOR, "AAA");
        world.rate(poolId, TrancheClass.MEZZANINE, "AA");

        Deal open = manage(TxName.OPEN_SUBSCRIPTION, poolId).as(Deal.class);

        assertThat(open.status()).isEqualTo(DealStatus.SUBSCRIPTION_OPEN);
        assertThat(open.structure().poolPrincipal()).isEqualTo(cny(30_000_000));
        assertThat(world.deal(poolId).attestations()).hasSize(4);
        assertThat(world.deal(poolId).ratings()).hasSize(2);
    }

    @Test
    void an_attestation_needs_a_sha256_document_hash_and_a_rating_a_tranche_of_the_deal() {
        String poolId = world.appointedDeal();

        for (String bad : new String[] {"abc", "AB".repeat(32), "g".repeat(64), null}) {
            assertThat(world.submit(SERVICER, TxName.RECORD_ATTESTATION, new RecordAttestationRequest(poolId,
                    AttestationKind.AUDIT, AttestationOpinion.UNQUALIFIED, bad)).code())
                    .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        }
        // No structure yet, so no tranche to rate.
        assertThat(world.submit(RATER, TxName.RECORD_RATING,
                new RecordRatingRequest(poolId, TrancheClass.SENIOR, "AAA")).code())
                .isEqualTo(ErrorCode.TRANCHE_NOT_FOUND);
    }

    @Test
    void the_structure_freezes_and_orders_are_taken_only_while_subscription_is_open() {
        String poolId = world.readyDeal();
        assertThat(world.submit(INVESTOR, TxName.SUBSCRIBE, new SubscribeRequest(poolId, TrancheClass.SENIOR, 10))
                .code()).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
        manage(TxName.OPEN_SUBSCRIPTION, poolId).as(Deal.class);

        assertThat(world.submit(SECURITIES, TxName.SET_DEAL_STRUCTURE, AbsWorld.smallStructure(poolId)).code())
                .isEqualTo(ErrorCode.DEAL_STRUCTURE_FROZEN);
        assertThat(world.submit(INVESTOR, TxName.SUBSCRIBE, new SubscribeRequest(poolId, TrancheClass.SENIOR, 0))
                .code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(world.submit(INVESTOR, TxName.SUBSCRIBE, new SubscribeRequest(poolId, TrancheClass.SENIOR, 10))
                .ok()).isTrue();
    }

    @Test
    void an_undersubscribed_deal_issues_only_after_the_tranche_is_resized() {
        // 400 of 500 mezzanine units ordered.
        String poolId = world.allocatedDeal(400);

        assertThat(manage(TxName.ISSUE_DEAL, poolId).code()).isEqualTo(ErrorCode.DEAL_UNDERSUBSCRIBED);
        assertThat(world.submit(SECURITIES, TxName.RESIZE_TRANCHE,
                new ResizeTrancheRequest(poolId, TrancheClass.MEZZANINE, 500)).code())
                .isEqualTo(ErrorCode.TRANCHE_RESIZE_INVALID);
        Deal resized = world.submit(SECURITIES, TxName.RESIZE_TRANCHE,
                new ResizeTrancheRequest(poolId, TrancheClass.MEZZANINE, 400)).as(Deal.class);
        Deal issued = manage(TxName.ISSUE_DEAL, poolId).as(Deal.class);

        assertThat(resized.structure().tranche(TrancheClass.MEZZANINE).orElseThrow().principal())
                .isEqualTo(cny(4_000_000));
        assertThat(issued.status()).isEqualTo(DealStatus.ISSUED);
        assertThat(issued.holdings()).containsExactly(
                new Holding(INVESTOR, TrancheClass.SENIOR, 2_000),
                new Holding(INVESTOR, TrancheClass.MEZZANINE, 400),
                new Holding(INVESTOR, TrancheClass.SUBORDINATED, 300));
    }

    @Test
    void a_cancelled_deal_gives_its_vouchers_back_to_the_originator() {
        String poolId = world.openDeal();
        var pooled = world.deal(poolId).assets().stream().map(PoolEntry::voucherId).toList();

        Deal cancelled = manage(TxName.CANCEL_DEAL, poolId).as(Deal.class);

        assertThat(cancelled.status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(pooled).hasSize(3).allSatisfy(id -> {
            Voucher back = voucherNow(id);
            assertThat(back.status()).isEqualTo(VoucherStatus.ACTIVE);
            assertThat(back.holderId()).isEqualTo(TIER1);
            assertThat(back.poolId()).isNull();
        });
        assertThat(world.deal(poolId).assets()).isEmpty();
        assertThat(world.deal(poolId).pool().assetCount()).isZero();
        assertThat(manage(TxName.CANCEL_DEAL, poolId).code()).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
    }

    @Test
    void a_payment_date_runs_not_before_it_comes_and_the_deal_matures_once_every_tranche_is_repaid() {
        String poolId = world.issuedDeal();
        world.at(SMALL_P1.minusDays(1));
        assertThat(run(poolId).code()).isEqualTo(ErrorCode.PAYMENT_DATE_NOT_DUE);

        // 2026-07-01, nothing collected yet: everything due becomes arrears. Interest over 91 days:
        // senior 20,000,000 x 300 x 91 / 3,650,000 = 149,589.04 -> 149,589; mezzanine 5,000,000 x 500 x 91 /
        // 3,650,000 = 62,328.77 -> 62,329; fees 10,000.
        world.at(SMALL_P1);
        Distribution first = run(poolId).as(Distribution.class);
        assertThat(first.payouts()).isEmpty();
        assertThat(first.state().feeArrears()).isEqualTo(cny(10_000));
        assertThat(first.state().tranches()).extracting(t -> t.interestArrears().minor())
                .containsExactly(149_589L, 62_329L, 0L);
        assertThat(world.deal(poolId).deal().status()).isEqualTo(DealStatus.AMORTISING);

        // Every obligor pays 100,000.00 at maturity: 30,000,000 collected.
        world.scf.chain.ledger().setClock(AT_MATURITY);
        for (String obligor : new String[] {CORE, CORE2, CORE3}) {
            world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice("PAY-" + obligor, obligor, MATURITY,
                    cny(10_000_000), null)).as(Object.class);
        }

        // 2026-10-01 (92 days): senior interest 151,233 + arrears 149,589 = 300,822; mezzanine 63,014 + 62,329 =
        // 125,343; fees 10,000 + 10,000; principal 20,000,000 + 5,000,000 + 3,000,000. Residual:
        // 30,000,000 - 20,000 - 300,822 - 125,343 - 28,000,000 = 1,553,835.
        world.at(SMALL_P2);
        Distribution second = run(poolId).as(Distribution.class);

        assertThat(second.payouts()).containsExactly(
                payout(TrancheClass.SENIOR, PayoutKind.INTEREST, 300_822),
                payout(TrancheClass.MEZZANINE, PayoutKind.INTEREST, 125_343),
                payout(TrancheClass.SENIOR, PayoutKind.PRINCIPAL, 20_000_000),
                payout(TrancheClass.MEZZANINE, PayoutKind.PRINCIPAL, 5_000_000),
                payout(TrancheClass.SUBORDINATED, PayoutKind.PRINCIPAL, 3_000_000),
                payout(TrancheClass.SUBORDINATED, PayoutKind.RESIDUAL, 1_553_835));
        assertThat(second.report().collected()).isEqualTo(cny(30_000_000));
        assertThat(world.deal(poolId).deal().status()).isEqualTo(DealStatus.MATURED);
        assertThat(run(poolId).code()).isEqualTo(ErrorCode.DEAL_STATE_CONFLICT);
        assertThat(world.deal(poolId).assets()).extracting(PoolEntry::voucherId)
                .allSatisfy(id -> assertThat(voucherNow(id).status()).isEqualTo(VoucherStatus.SETTLED));
    }

    @Test
    void cancelling_before_any_voucher_was_pooled_is_allowed_and_leaves_vouchers_alone() {
        String poolId = world.pool().id();
        Voucher elsewhere = world.voucher(CORE, 10_000_000, MATURITY);

        assertThat(manage(TxName.CANCEL_DEAL, poolId).as(Deal.class).status()).isEqualTo(DealStatus.CANCELLED);
        assertThat(voucherNow(elsewhere.id()).holderId()).isEqualTo(TIER1);
    }

    private static PayoutInstruction payout(TrancheClass tranche, PayoutKind kind, long fen) {
        return new PayoutInstruction(INVESTOR, tranche, kind, cny(fen));
    }

    /** A voucher as it is now, read by an auditor: CORE (AbsWorld#voucherNow) sees only the vouchers it owes. */
    private Voucher voucherNow(String id) {
        return world.submit(ScfWorld.AUDITOR, TxName.GET_VOUCHER, id).as(Voucher.class);
    }
}
