package io.trellis.chaincode.creditline;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineStatus;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.creditline.ReduceCreditLineRequest;
import io.trellis.chaincode.api.creditline.RevokeCreditLineRequest;
import io.trellis.chaincode.api.event.CreditLineChanged;
import io.trellis.chaincode.api.event.IssuanceLimitChanged;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.limit.CounterSlot;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import org.junit.jupiter.api.Test;

class CreditLineContractTest {
    private final ScfWorld world = new ScfWorld();

    private ChaincodeHarness.Result reduce(String bankId, long fen) {
        return world.submit(bankId, TxName.REDUCE_CREDIT_LINE, new ReduceCreditLineRequest(CORE, cny(fen)));
    }

    private ChaincodeHarness.Result revoke(String bankId) {
        return world.submit(bankId, TxName.REVOKE_CREDIT_LINE, new RevokeCreditLineRequest(CORE));
    }

    private CreditLineView line() {
        return world.submit(BANK, TxName.GET_CREDIT_LINE, new CreditLineKey(BANK, CORE)).as(CreditLineView.class);
    }

    private IssuanceLimitView issuance() {
        return world.submit(CORE, TxName.GET_ISSUANCE_LIMIT, CORE).as(IssuanceLimitView.class);
    }

    /** An ACTIVE voucher of {@code fen} financed (approved) by BANK: the line uses {@code fen}. */
    private Voucher approved(long fen) {
        Voucher voucher = world.active(TIER1, fen);
        Financing financing = world.applied(TIER1, voucher.id(), BANK);
        world.approve(BANK, financing.id(), new TermsOffer(365, TODAY)).as(Object.class);
        return voucher;
    }

    private long slotCapacity(String type, String... owner) {
        long capacity = 0;
        for (int i = 0; i < 32; i++) {
            String[] key = new String[owner.length + 1];
            System.arraycopy(owner, 0, key, 0, owner.length);
            key[owner.length] = (i < 10 ? "0" : "") + i;
            CounterSlot slot = JsonCodec.fromJson(world.chain.ledger().state()
                    .get("\u0000" + type + "\u0000" + String.join("\u0000", key) + "\u0000"), CounterSlot.class);
            assertThat(slot.used()).isLessThanOrEqualTo(slot.capacity());
            capacity += slot.capacity();
        }
        return capacity;
    }

    @Test
    void a_reduction_lowers_the_line_and_the_issuance_limit_by_as_much_and_every_slot_still_covers_its_use() {
        world.grantLine(BANK, 1_000_00L);
        world.grantLine(BANK2, 500_00L);
        approved(300_00L);

        CreditLine reduced = reduce(BANK, 400_00L).as(CreditLine.class);

        assertThat(reduced.limit()).isEqualTo(cny(400_00L));
        assertThat(reduced.version()).isEqualTo(2);
        assertThat(line().used()).isEqualTo(cny(300_00L));
        assertThat(line().available()).isEqualTo(cny(100_00L));
        assertThat(issuance().limit().limit()).isEqualTo(cny(900_00L));
        assertThat(issuance().used()).isEqualTo(cny(300_00L));
        assertThat(slotCapacity("credit-line-slot", BANK, CORE)).isEqualTo(400_00L);
        assertThat(slotCapacity("issuance-slot", CORE)).isEqualTo(900_00L);
        assertThat(world.lastEvents()).containsExactly(new CreditLineChanged(reduced),
                new IssuanceLimitChanged(issuance().limit()));
    }

    @Test
    void a_reduction_must_go_down_stay_positive_and_cover_what_the_line_and_the_issuance_use() {
        world.grantLine(BANK, 1_000_00L);
        approved(300_00L);
        world.active(TIER1, 500_00L); // the issuance limit now uses 800.00

        assertThat(reduce(BANK, 299_99L).code()).isEqualTo(ErrorCode.CREDIT_LINE_IN_USE);
        assertThat(reduce(BANK, 1_000_00L).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(reduce(BANK, 0).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(reduce(BANK, 700_00L).code()).isEqualTo(ErrorCode.ISSUANCE_LIMIT_IN_USE);
        assertThat(reduce(BANK2, 500_00L).code()).isEqualTo(ErrorCode.CREDIT_LINE_NOT_FOUND);
        assertThat(reduce(BANK, 800_00L).ok()).isTrue();
    }

    @Test
    void a_revoked_line_keeps_only_what_it_finances_takes_no_approval_and_no_settlement_reopens_it() {
        world.grantLine(BANK, 1_000_00L);
        world.designateBank(BANK);
        approved(300_00L);
        Voucher asked = world.active(TIER1, 100_00L);
        Financing pending = world.applied(TIER1, asked.id(), BANK);
        Voucher other = world.active(TIER1, 100_00L);

        CreditLine revoked = revoke(BANK).as(CreditLine.class);

        assertThat(revoked.status()).isEqualTo(CreditLineStatus.REVOKED);
        assertThat(revoked.limit()).isEqualTo(cny(300_00L));
        assertThat(line().available()).isEqualTo(cny(0));
        // The unused 700.00 would leave 300.00, below the 500.00 the core's vouchers use: it keeps 500.00.
        assertThat(issuance().limit().limit()).isEqualTo(cny(500_00L));
        assertThat(world.approve(BANK, pending.id(), new TermsOffer(365, TODAY)).code())
                .isEqualTo(ErrorCode.CREDIT_LINE_REVOKED);
        assertThat(world.submit(TIER1, TxName.APPLY_FINANCING,
                new ApplyFinancingRequest(other.id(), BANK)).code())
                .isEqualTo(ErrorCode.CREDIT_LINE_REVOKED);

        world.at(AT_MATURITY);
        world.submit(BANK, TxName.SETTLE_PAYMENT, new PaymentNotice("PAY-1", CORE, MATURITY, cny(500_00L), null))
                .as(Object.class);

        assertThat(line().used()).isEqualTo(cny(0));
        assertThat(line().available()).isEqualTo(cny(0));
        assertThat(line().line().status()).isEqualTo(CreditLineStatus.REVOKED);
        assertThat(revoke(BANK).code()).isEqualTo(ErrorCode.CREDIT_LINE_REVOKED);
        assertThat(reduce(BANK, 1).code()).isEqualTo(ErrorCode.CREDIT_LINE_REVOKED);
    }

    @Test
    void a_line_limit_is_at_most_ten_to_the_fifteen_fen() {
        assertThat(world.submit(BANK, TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(CORE, cny(CreditLineRules.MAX_LIMIT + 1))).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(world.submit(BANK, TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(CORE, cny(CreditLineRules.MAX_LIMIT))).ok()).isTrue();
    }

    @Test
    void the_largest_line_one_bank_may_grant_leaves_another_banks_grant_and_every_revocation_working() {
        assertThat(world.submit(BANK, TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(CORE, cny(Long.MAX_VALUE))).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(world.submit(BANK, TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(CORE, cny(CreditLineRules.MAX_LIMIT))).ok()).isTrue();

        assertThat(world.submit(BANK2, TxName.GRANT_CREDIT_LINE,
                new GrantCreditLineRequest(CORE, cny(CreditLineRules.MAX_LIMIT))).ok()).isTrue();
        assertThat(issuance().limit().limit()).isEqualTo(cny(2 * CreditLineRules.MAX_LIMIT));

        assertThat(revoke(BANK).ok()).isTrue();
        assertThat(revoke(BANK2).ok()).isTrue();
        assertThat(issuance().limit().limit()).isEqualTo(cny(0));
    }

    @Test
    void a_line_stored_before_revocation_existed_reads_active() {
        String stored = "{\"id\":\"B-C\",\"financierId\":\"B\",\"obligorId\":\"C\",\"limit\":{\"minor\":100,"
                + "\"currency\":\"CNY\"},\"slots\":32,\"grantedAt\":\"2026-03-02T08:00:00Z\",\"version\":1}";

        assertThat(JsonCodec.fromJson(stored, CreditLine.class).status()).isEqualTo(CreditLineStatus.ACTIVE);
    }
}
