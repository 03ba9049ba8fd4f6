package io.trellis.chaincode.core;

import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.PENDING_SUPPLIER;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.as;
import static io.trellis.chaincode.testing.ScfWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.config.SetConfigRequest;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.creditline.ReduceCreditLineRequest;
import io.trellis.chaincode.api.creditline.RevokeCreditLineRequest;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.Financing;
import io.trellis.chaincode.api.financing.FinancingDecision;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.PayoutConfirmationRequest;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.Voucher;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.RoleMatrix;
import io.trellis.chaincode.testing.ScfWorld;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what: every business transaction tried by a party of every role. The allowed role acts as the
 * party the transaction is about (the holder, the buyer, the financier asked); every other role is refused
 * with NOT_ALLOWED.
 */
class AuthorizationMatrixTest {

    /** What a transaction is called with, prepared by the parties it needs before the call under test. */
    record Call(Object argument, Map<String, byte[]> transientData, Instant at) {
        Call(Object argument) {
            this(argument, Map.of(), null);
        }
    }

    record Case(String transaction, Set<PartyRole> allowed, Function<ScfWorld, Call> setup) {
        @Override
        public String toString() {
            return transaction;
        }
    }

    private static final String DOC = ScfWorld.hash("doc");

    private static List<Case> cases() {
        Set<PartyRole> core = EnumSet.of(PartyRole.CORE_ENTERPRISE);
        Set<PartyRole> supplier = EnumSet.of(PartyRole.SUPPLIER);
        Set<PartyRole> financier = EnumSet.of(PartyRole.FINANCIER);
        return List.of(
                new Case(TxName.GRANT_CREDIT_LINE, financier, w -> new Call(new GrantCreditLineRequest(CORE, cny(100)))),
                new Case(TxName.REDUCE_CREDIT_LINE, financier, w -> {
                    w.grantLine(BANK, 1_000);
                    return new Call(new ReduceCreditLineRequest(CORE, cny(500)));
                }),
                new Case(TxName.REVOKE_CREDIT_LINE, financier, w -> {
                    w.grantLine(BANK, 1_000);
                    return new Call(new RevokeCreditLineRequest(CORE));
                }),
                new Case(TxName.REGISTER_INVOICE, supplier, w -> new Call(
                        new RegisterInvoiceRequest(CORE, "3100261130", "77", cny(100), TODAY, DOC))),
                new Case(TxName.CONFIRM_INVOICE, core, w -> new Call(
                        new InvoiceDecision(w.registeredInvoice(TIER1, 100).id(), null))),
                new Case(TxName.DISPUTE_INVOICE, core, w -> new Call(
                        new InvoiceDecision(w.registeredInvoice(TIER1, 100).id(), "short delivery"))),
                new Case(TxName.CANCEL_INVOICE, supplier, w -> new Call(
                        new InvoiceDecision(w.registeredInvoice(TIER1, 100).id(), null))),
                new Case(TxName.ISSUE_VOUCHER, core, w -> {
                    w.grantLine(BANK, 1_000);
                    return new Call(new IssueVoucherRequest(TIER1, cny(100), MATURITY,
                            List.of(w.confirmedInvoice(TIER1, 100).id())));
                }),
                new Case(TxName.ACCEPT_VOUCHER, supplier, w -> new Call(new VoucherDecision(issued(w), null))),
                new Case(TxName.REJECT_VOUCHER, supplier, w -> new Call(new VoucherDecision(issued(w), "no"))),
                new Case(TxName.SPLIT_VOUCHER, supplier, w -> new Call(
                        new SplitVoucherRequest(active(w), List.of(cny(60), cny(40))))),
                new Case(TxName.TRANSFER_VOUCHER, supplier, w -> new Call(new TransferVoucherRequest(active(w), TIER2))),
                new Case(TxName.APPLY_FINANCING, supplier, w -> new Call(new ApplyFinancingRequest(active(w), BANK))),
                new Case(TxName.APPROVE_FINANCING, financier, w -> new Call(
                        new FinancingDecision(w.applied(TIER1, active(w), BANK).id(), null),
                        Map.of(TxName.TRANSIENT_TERMS, JsonCodec.toBytes(new TermsOffer(450, TODAY))), null)),
                new Case(TxName.DECLINE_FINANCING, financier, w -> new Call(
                        new FinancingDecision(w.applied(TIER1, active(w), BANK).id(), "no appetite"))),
                new Case(TxName.CONFIRM_DISBURSEMENT, financier, w -> {
                    Financing financing = w.applied(TIER1, active(w), BANK);
                    w.approve(BANK, financing.id(), new TermsOffer(450, TODAY)).as(Object.class);
                    return new Call(new DisbursementNotice(financing.id(), "DISB-1"));
                }),
                new Case(TxName.DESIGNATE_SETTLEMENT_BANK, core, w -> new Call(new SettlementAccountRequest(BANK, "6222-0001"))),
                new Case(TxName.SETTLE_PAYMENT, financier, w -> {
                    active(w);
                    w.designateBank(BANK);
                    return new Call(new PaymentNotice("PAY-1", CORE, MATURITY, cny(100), null), Map.of(), AT_MATURITY);
                }),
                new Case(TxName.CONFIRM_PAYOUT, financier, w -> {
                    active(w);
                    w.designateBank(BANK);
                    w.at(AT_MATURITY);
                    SettlementOutcome paid = w.submit(BANK, TxName.SETTLE_PAYMENT,
                            new PaymentNotice("PAY-1", CORE, MATURITY, cny(100), null)).as(SettlementOutcome.class);
                    return new Call(new PayoutConfirmationRequest("PAY-1", paid.payouts().get(0).payoutId(), "TRF-1"));
                }),
                new Case(TxName.MARK_VOUCHER_OVERDUE, supplier, w -> new Call(new VoucherDecision(active(w), null),
                        Map.of(), AT_MATURITY.plusSeconds(4 * 86_400))));
        // Queries (GetVoucherLineage among them) are in VisibilityMatrixTest: one that may not see the voucher at
        // all is answered VOUCHER_NOT_FOUND, not NOT_ALLOWED.
    }

    private static String issued(ScfWorld world) {
        world.grantLine(BANK, 1_000);
        return world.issued(TIER1, 100).id();
    }

    private static String active(ScfWorld world) {
        world.grantLine(BANK, 1_000);
        return world.active(TIER1, 100).id();
    }

    static Stream<Arguments> matrix() {
        return RoleMatrix.rows(cases());
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("matrix")
    void each_role_may_do_exactly_what_the_matrix_allows(Case c, PartyRole role) {
        ScfWorld world = new ScfWorld();
        Call call = c.setup().apply(world);
        if (call.at() != null) {
            world.chain.ledger().setClock(call.at());
        }

        var result = world.chain.submit(as(RoleMatrix.PARTY_OF.get(role)), c.transaction(), call.argument(), call.transientData());

        RoleMatrix.assertOutcome(c.allowed().contains(role), result);
    }

    @Test
    void an_identity_bound_to_no_party_is_not_registered() {
        ScfWorld world = new ScfWorld();

        var result = world.chain.submit(Callers.member("PlatformMSP", "stranger"), TxName.REGISTER_INVOICE,
                new RegisterInvoiceRequest(CORE, "3100261130", "77", cny(100), TODAY, DOC));

        assertThat(result.code()).isEqualTo(ErrorCode.CALLER_NOT_REGISTERED);
    }

    @Test
    void a_party_identity_presented_under_another_msp_is_not_registered() {
        ScfWorld world = new ScfWorld();
        Caller tier1AtBank = new Caller("BankMSP", as(TIER1).certificateId(), false);

        assertThat(world.chain.submit(tier1AtBank, TxName.GET_VOUCHER, "CV1").code())
                .isEqualTo(ErrorCode.CALLER_NOT_REGISTERED);
    }

    @Test
    void a_party_whose_kyc_is_not_approved_cannot_transact() {
        ScfWorld world = new ScfWorld();

        var result = world.submit(PENDING_SUPPLIER, TxName.REGISTER_INVOICE,
                new RegisterInvoiceRequest(CORE, "3100261130", "77", cny(100), TODAY, DOC));

        assertThat(result.code()).isEqualTo(ErrorCode.PARTY_NOT_KYC_APPROVED);
    }

    @Test
    void the_right_role_acting_for_another_party_is_not_allowed() {
        ScfWorld world = new ScfWorld();
        String voucherId = issued(world);
        Financing financing = world.applied(TIER2, transferredTo(world, TIER2), BANK);

        assertThat(world.submit(TIER2, TxName.ACCEPT_VOUCHER, new VoucherDecision(voucherId, null)).code())
                .isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(world.approve(ScfWorld.BANK2, financing.id(), new TermsOffer(450, TODAY)).code())
                .isEqualTo(ErrorCode.NOT_ALLOWED);
    }

    @Test
    void only_the_platform_operator_sets_the_tier_limit() {
        ScfWorld world = new ScfWorld();
        var setting = new SetConfigRequest(3, null);

        assertThat(world.chain.submit(Callers.BANK_OPERATOR, TxName.SET_CONFIG, setting).code()).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(world.chain.submit(Callers.PLATFORM_CLIENT, TxName.SET_CONFIG, setting).code()).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(world.submit(CORE, TxName.SET_CONFIG, setting).code()).isEqualTo(ErrorCode.NOT_ALLOWED);
        assertThat(world.chain.submit(Callers.PLATFORM_OPERATOR, TxName.SET_CONFIG, setting).ok()).isTrue();
    }

    private static String transferredTo(ScfWorld world, String recipient) {
        String voucherId = world.active(TIER1, 100).id();
        return world.submit(TIER1, TxName.TRANSFER_VOUCHER, new TransferVoucherRequest(voucherId, recipient))
                .as(Voucher.class).id();
    }
}
