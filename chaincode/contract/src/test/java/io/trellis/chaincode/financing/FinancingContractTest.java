package io.trellis.chaincode.financing;

import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Hashes;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.event.CreditLineReleased;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.DisbursementOutcome;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingDecision;
import io.trellis.chaincode.api.financing.FinancingStatus;
import io.trellis.chaincode.api.financing.FinancingTerms;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.testing.Peer;
import io.trellis.chaincode.testing.ScfWorld;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FinancingContractTest {
    private final ScfWorld world = new ScfWorld();

    private Financing applied(long fen) {
        world.grantLine(BANK, 1_000_000_00L);
        Voucher voucher = world.active(TIER1, fen);
        return world.applied(TIER1, voucher.id(), BANK);
    }

    private CreditLineView line() {
        return world.submit(BANK, TxName.GET_CREDIT_LINE, new CreditLineKey(BANK, CORE)).as(CreditLineView.class);
    }

    @Test
    void applying_locks_the_voucher_until_the_financier_decides() {
        Financing financing = applied(100_000_00L);

        Voucher locked = world.voucher(financing.voucherId());
        assertThat(locked.status()).isEqualTo(VoucherStatus.FINANCING);
        assertThat(locked.financingId()).isEqualTo(financing.id());
        assertThat(world.submit(TIER1, TxName.APPLY_FINANCING, new ApplyFinancingRequest(locked.id(), BANK2)).code())
                .isEqualTo(ErrorCode.VOUCHER_STATE_CONFLICT);
    }

    @Test
    void approval_keeps_the_terms_in_the_financiers_collection_and_only_their_hash_in_public() {
        Financing financing = applied(100_000_00L);

        Financing approved = world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Financing.class);

        String key = "\u0000financing-terms\u0000" + financing.id() + "\u0000";
        byte[] privateTerms = world.chain.ledger().privateState("financing-BankMSP").get(key);
        FinancingTerms terms = JsonCodec.fromJson(privateTerms, FinancingTerms.class);
        assertThat(approved.termsHash()).isEqualTo(Hashes.sha256Hex(privateTerms));
        assertThat(terms.rateBps()).isEqualTo(365);
        assertThat(ScfWorld.asText(world.chain.ledger().state().get("\u0000financing\u0000" + financing.id() + "\u0000")))
                .doesNotContain("365").doesNotContain("rateBps").doesNotContain("proceeds");
        assertThat(line().used()).isEqualTo(cny(100_000_00L));
    }

    @Test
    void terms_asked_on_a_peer_outside_the_financiers_collection_are_not_available_there_rather_than_an_internal_error() {
        Financing financing = applied(100_000_00L);
        world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Financing.class);

        world.chain.setPeer(Peer.memberOf("financing-SecuritiesMSP"));
        var elsewhere = world.submit(BANK, TxName.GET_FINANCING_TERMS, financing.id());
        world.chain.setPeer(Peer.memberOf("financing-BankMSP"));
        var onAMember = world.submit(TIER1, TxName.GET_FINANCING_TERMS, financing.id());

        assertThat(elsewhere.code()).isEqualTo(ErrorCode.PRIVATE_DATA_NOT_AVAILABLE);
        assertThat(elsewhere.error().message()).contains("financing-BankMSP");
        assertThat(onAMember.as(FinancingTerms.class).rateBps()).isEqualTo(365);
    }

    @Test
    void terms_of_a_financing_not_yet_approved_are_not_found_on_any_peer() {
        Financing financing = applied(100_000_00L);

        world.chain.setPeer(Peer.memberOf());
        var elsewhere = world.submit(BANK, TxName.GET_FINANCING_TERMS, financing.id());
        world.chain.setPeer(Peer.OF_EVERY_COLLECTION);
        var onAMember = world.submit(BANK, TxName.GET_FINANCING_TERMS, financing.id());

        assertThat(elsewhere.code()).isEqualTo(ErrorCode.FINANCING_TERMS_NOT_FOUND);
        assertThat(onAMember.code()).isEqualTo(ErrorCode.FINANCING_TERMS_NOT_FOUND);
    }

    @Test
    void approval_endorsed_outside_the_financiers_collection_still_keeps_the_terms_there() {
        Financing financing = applied(100_000_00L);

        world.chain.setPeer(Peer.memberOf());
        Financing approved = world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Financing.class);
        world.chain.setPeer(Peer.OF_EVERY_COLLECTION);

        FinancingTerms terms = world.submit(BANK, TxName.GET_FINANCING_TERMS, financing.id()).as(FinancingTerms.class);
        assertThat(approved.termsHash()).isEqualTo(Hashes.sha256Hex(JsonCodec.toBytes(terms)));
    }

    @Test
    void approval_without_transient_terms_is_malformed() {
        Financing financing = applied(100_000_00L);

        var result = world.submit(BANK, TxName.APPROVE_FINANCING, new FinancingDecision(financing.id(), null));

        assertThat(result.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(result.error().message()).contains("'terms'");
    }

    @Test
    void approval_beyond_the_credit_line_is_refused_and_takes_nothing() {
        world.grantLine(BANK, 100_00L);
        world.grantLine(BANK2, 1_000_00L);
        Financing financing = world.applied(TIER1, world.active(TIER1, 500_00L).id(), BANK);

        assertThat(world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).code())
                .isEqualTo(ErrorCode.CREDIT_LINE_EXCEEDED);
        assertThat(line().used()).isEqualTo(cny(0));
    }

    @Test
    void a_decline_after_approval_unlocks_the_voucher_and_gives_the_line_back() {
        Financing financing = applied(100_000_00L);
        world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Financing.class);

        Financing declined = world.submit(BANK, TxName.DECLINE_FINANCING,
                new FinancingDecision(financing.id(), "collateral review failed")).as(Financing.class);

        assertThat(declined.status()).isEqualTo(FinancingStatus.DECLINED);
        assertThat(world.voucher(financing.voucherId()).status()).isEqualTo(VoucherStatus.ACTIVE);
        assertThat(line().used()).isEqualTo(cny(0));
        assertThat(world.lastEvents()).contains(new CreditLineReleased(BANK + "-" + CORE, financing.voucherId(),
                cny(100_000_00L)));
    }

    @Test
    void a_disbursement_replayed_with_the_same_payment_id_changes_nothing_and_says_so() {
        Financing financing = applied(100_000_00L);
        world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Financing.class);
        DisbursementNotice notice = new DisbursementNotice(financing.id(), "DISB-42");
        DisbursementOutcome first = world.submit(BANK, TxName.CONFIRM_DISBURSEMENT, notice).as(DisbursementOutcome.class);
        TreeMap<String, byte[]> before = new TreeMap<>(world.chain.ledger().state());
        int events = world.chain.ledger().events().size();

        DisbursementOutcome replay = world.submit(BANK, TxName.CONFIRM_DISBURSEMENT, notice).as(DisbursementOutcome.class);

        assertThat(first.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.financing()).isEqualTo(first.financing());
        assertThat(world.chain.ledger().state()).containsExactlyEntriesOf(before);
        assertThat(world.chain.ledger().events()).hasSize(events);
        assertThat(world.voucher(financing.voucherId()).holderId()).isEqualTo(BANK);
    }

    @Test
    void a_disbursement_payment_id_cannot_pay_a_second_financing() {
        world.grantLine(BANK, 1_000_00L);
        Financing one = world.applied(TIER1, world.active(TIER1, 100_00L).id(), BANK);
        Financing two = world.applied(TIER1, world.active(TIER1, 200_00L).id(), BANK);
        world.approve(BANK, one.id(), new TermsOffer(365, TODAY)).as(Object.class);
        world.approve(BANK, two.id(), new TermsOffer(365, TODAY)).as(Object.class);
        world.submit(BANK, TxName.CONFIRM_DISBURSEMENT, new DisbursementNotice(one.id(), "DISB-1")).as(Object.class);

        assertThat(world.submit(BANK, TxName.CONFIRM_DISBURSEMENT, new DisbursementNotice(two.id(), "DISB-1")).code())
                .isEqualTo(ErrorCode.PAYMENT_ID_REUSED);
    }

    @Test
    void the_proceeds_cannot_be_disbursed_before_approval() {
        Financing financing = applied(100_000_00L);

        assertThat(world.submit(BANK, TxName.CONFIRM_DISBURSEMENT, new DisbursementNotice(financing.id(), "DISB-1"))
                .code()).isEqualTo(ErrorCode.FINANCING_STATE_CONFLICT);
    }
}
