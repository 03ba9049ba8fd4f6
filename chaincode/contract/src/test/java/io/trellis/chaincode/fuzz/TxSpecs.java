package io.trellis.chaincode.fuzz;

import static io.trellis.chaincode.fuzz.TxSpec.Replay.IDEMPOTENT;
import static io.trellis.chaincode.fuzz.TxSpec.Replay.NEW_RECORD;
import static io.trellis.chaincode.fuzz.TxSpec.Replay.NEXT_DATE;
import static io.trellis.chaincode.fuzz.TxSpec.Replay.QUERY;
import static io.trellis.chaincode.fuzz.TxSpec.Replay.REFUSED;
import static io.trellis.chaincode.fuzz.TxSpec.Replay.REPLACES;
import static io.trellis.chaincode.testing.ScfWorld.AT_MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.INVESTOR;
import static io.trellis.chaincode.testing.ScfWorld.MATURITY;
import static io.trellis.chaincode.testing.ScfWorld.RATER;
import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static io.trellis.chaincode.testing.ScfWorld.SERVICER;
import static io.trellis.chaincode.testing.ScfWorld.START;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static io.trellis.chaincode.testing.ScfWorld.TIER2;
import static io.trellis.chaincode.testing.ScfWorld.TODAY;
import static io.trellis.chaincode.testing.ScfWorld.as;
import static io.trellis.chaincode.testing.ScfWorld.cny;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.PageRequest;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.abs.AppointProviderRequest;
import io.trellis.chaincode.api.abs.AttestationKind;
import io.trellis.chaincode.api.abs.AttestationOpinion;
import io.trellis.chaincode.api.abs.CreatePoolRequest;
import io.trellis.chaincode.api.abs.DealRequest;
import io.trellis.chaincode.api.abs.PoolAssetsRequest;
import io.trellis.chaincode.api.abs.ProviderRole;
import io.trellis.chaincode.api.abs.RecordAttestationRequest;
import io.trellis.chaincode.api.abs.RecordRatingRequest;
import io.trellis.chaincode.api.abs.ResizeTrancheRequest;
import io.trellis.chaincode.api.abs.RunPaymentDateRequest;
import io.trellis.chaincode.api.abs.SubscribeRequest;
import io.trellis.chaincode.api.abs.TrancheClass;
import io.trellis.chaincode.api.abs.TrancheQuery;
import io.trellis.chaincode.api.abs.WithdrawAttestationRequest;
import io.trellis.chaincode.api.config.SetConfigRequest;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.creditline.ReduceCreditLineRequest;
import io.trellis.chaincode.api.creditline.RevokeCreditLineRequest;
import io.trellis.chaincode.api.financing.ApplyFinancingRequest;
import io.trellis.chaincode.api.financing.DisbursementNotice;
import io.trellis.chaincode.api.financing.FinancingDecision;
import io.trellis.chaincode.api.financing.TermsOffer;
import io.trellis.chaincode.api.history.HistoryRequest;
import io.trellis.chaincode.api.invoice.InvoiceDecision;
import io.trellis.chaincode.api.invoice.RegisterInvoiceRequest;
import io.trellis.chaincode.api.party.AdmitPartyRequest;
import io.trellis.chaincode.api.party.KycStatus;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.chaincode.api.party.ReviewKycRequest;
import io.trellis.chaincode.api.settlement.PaymentNotice;
import io.trellis.chaincode.api.settlement.PayoutConfirmationRequest;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.chaincode.api.settlement.SettlementOutcome;
import io.trellis.chaincode.api.settlement.SettlementQuery;
import io.trellis.chaincode.api.voucher.IssueVoucherRequest;
import io.trellis.chaincode.api.voucher.SplitVoucherRequest;
import io.trellis.chaincode.api.voucher.TransferVoucherRequest;
import io.trellis.chaincode.api.voucher.VoucherDecision;
import io.trellis.chaincode.api.voucher.VoucherStatus;
import io.trellis.chaincode.api.voucher.VouchersByHolderQuery;
import io.trellis.chaincode.api.voucher.VouchersByStatusQuery;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.testing.AbsWorld;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ScfWorld;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every transaction of the chaincode with a valid call and its replay rule: the fuzz suite's table. */
final class TxSpecs {
    private static final String DOC = ScfWorld.hash("fuzz document");
    /** The overdue job may mark a voucher once its maturity and the default grace of 3 days have passed. */
    private static final Instant PAST_GRACE = AT_MATURITY.plusSeconds(4 * 86_400L);
    /** Tries that get a used-up voucher, invoice or financing before a new one is made. */
    private static final int STALE_TRIES = 3;
    /** Tries that get a used-up deal before a new one is made. */
    private static final int DEAL_STALE_TRIES = 30;
    private static final int LINE_STALE_TRIES = 8;

    static final Map<String, TxSpec> ALL = Stream.of(
            // Party registry and configuration
            spec(TxName.REGISTER_PARTY, REFUSED, (w, tx) -> {
                String id = w.fixture(tx, w::freshPartyId);
                return call(Callers.PLATFORM_OPERATOR, new RegisterPartyRequest(id, "Fuzz supplier " + id,
                        List.of(PartyRole.SUPPLIER), Org.PLATFORM, as(id).certificateId()));
            }),
            spec(TxName.ADMIT_PARTY, IDEMPOTENT, (w, tx) -> call(Callers.PLATFORM_OPERATOR,
                    new AdmitPartyRequest(w.fixture(tx, w::freshPartyId), Org.BANK))),
            spec(TxName.REVIEW_KYC, REFUSED, (w, tx) -> call(Callers.PLATFORM_OPERATOR, new ReviewKycRequest(
                    w.fixture(tx, () -> w.pendingParty(PartyRole.SUPPLIER, Org.PLATFORM)), KycStatus.APPROVED))),
            spec(TxName.GET_PARTY, QUERY, (w, tx) -> call(as(CORE), TIER1)),
            spec(TxName.LIST_PARTIES, QUERY, (w, tx) -> call(as(CORE), new PageRequest(5, ""))),
            spec(TxName.SET_CONFIG, REPLACES, (w, tx) -> call(Callers.PLATFORM_OPERATOR, new SetConfigRequest(10, 3))),
            spec(TxName.GET_CONFIG, QUERY, (w, tx) -> call(as(CORE), null)),
            spec(TxName.GET_HISTORY, QUERY, (w, tx) -> call(as(TIER1),
                    new HistoryRequest("voucher", List.of(w.fixture(tx, () -> w.activeVoucher().id()))))),
            spec(TxName.HEARTBEAT, NEW_RECORD, (w, tx) -> call(as(CORE), null)),

            // Credit lines
            lineSpec(TxName.GRANT_CREDIT_LINE, REFUSED, (w, tx) -> call(as(BANK),
                    new GrantCreditLineRequest(w.fixture(tx, w::freshCore), cny(100_000_000)))),
            lineSpec(TxName.REDUCE_CREDIT_LINE, REFUSED, (w, tx) -> call(as(BANK),
                    new ReduceCreditLineRequest(w.fixture(tx, w::coreWithLine), cny(50_000_000)))),
            lineSpec(TxName.REVOKE_CREDIT_LINE, REFUSED, (w, tx) -> call(as(BANK),
                    new RevokeCreditLineRequest(w.fixture(tx, w::coreWithLine)))),
            spec(TxName.GET_CREDIT_LINE, QUERY, (w, tx) -> call(as(BANK), new CreditLineKey(BANK, CORE))),
            spec(TxName.GET_ISSUANCE_LIMIT, QUERY, (w, tx) -> call(as(CORE), CORE)),

            // Invoices
            spec(TxName.REGISTER_INVOICE, REFUSED, (w, tx) -> call(as(TIER1), new RegisterInvoiceRequest(CORE,
                    "3100261130", w.fixture(tx, () -> String.format("F%07d", w.next())), cny(FuzzWorld.VOUCHER_FEN),
                    TODAY.minusDays(5), DOC))),
            spec(TxName.CONFIRM_INVOICE, REFUSED, (w, tx) -> call(as(CORE),
                    new InvoiceDecision(w.fixture(tx, () -> w.registeredInvoice().id()), null))),
            spec(TxName.DISPUTE_INVOICE, REFUSED, (w, tx) -> call(as(CORE),
                    new InvoiceDecision(w.fixture(tx, () -> w.registeredInvoice().id()), "short delivery"))),
            spec(TxName.CANCEL_INVOICE, REFUSED, (w, tx) -> call(as(TIER1),
                    new InvoiceDecision(w.fixture(tx, () -> w.registeredInvoice().id()), null))),
            spec(TxName.GET_INVOICE, QUERY, (w, tx) -> call(as(TIER1), w.fixture(tx, () -> w.registeredInvoice().id()))),

            // Vouchers
            spec(TxName.ISSUE_VOUCHER, REFUSED, (w, tx) -> call(as(CORE), new IssueVoucherRequest(TIER1,
                    cny(FuzzWorld.VOUCHER_FEN), MATURITY, List.of(w.fixture(tx, () -> w.confirmedInvoice().id()))))),
            spec(TxName.ACCEPT_VOUCHER, REFUSED, (w, tx) -> call(as(TIER1),
                    new VoucherDecision(w.fixture(tx, () -> w.issuedVoucher().id()), null))),
            spec(TxName.REJECT_VOUCHER, REFUSED, (w, tx) -> call(as(TIER1),
                    new VoucherDecision(w.fixture(tx, () -> w.issuedVoucher().id()), "not ordered"))),
            spec(TxName.SPLIT_VOUCHER, REFUSED, (w, tx) -> call(as(TIER1), new SplitVoucherRequest(
                    w.fixture(tx, () -> w.activeVoucher().id()), List.of(cny(6_000), cny(4_000))))),
            spec(TxName.TRANSFER_VOUCHER, REFUSED, (w, tx) -> call(as(TIER1),
                    new TransferVoucherRequest(w.fixture(tx, () -> w.activeVoucher().id()), TIER2))),
            spec(TxName.MARK_VOUCHER_OVERDUE, IDEMPOTENT, (w, tx) -> call(as(TIER1),
                    new VoucherDecision(w.fixture(tx, () -> w.activeVoucher().id()), null), null, PAST_GRACE)),
            spec(TxName.GET_VOUCHER, QUERY, (w, tx) -> call(as(TIER1), w.fixture(tx, () -> w.activeVoucher().id()))),
            spec(TxName.LIST_VOUCHERS_BY_HOLDER, QUERY, (w, tx) -> call(as(TIER1),
                    new VouchersByHolderQuery(TIER1, 5, ""))),
            spec(TxName.LIST_VOUCHERS_BY_STATUS, QUERY, (w, tx) -> call(as(CORE),
                    new VouchersByStatusQuery(VoucherStatus.ACTIVE, 5, ""))),
            spec(TxName.GET_VOUCHER_LINEAGE, QUERY, (w, tx) -> call(as(CORE), w.fixture(tx, () -> w.activeVoucher().id()))),

            // Financing
            spec(TxName.APPLY_FINANCING, REFUSED, (w, tx) -> call(as(TIER1),
                    new ApplyFinancingRequest(w.fixture(tx, () -> w.activeVoucher().id()), BANK))),
            spec(TxName.APPROVE_FINANCING, REFUSED, (w, tx) -> call(as(BANK),
                    new FinancingDecision(w.fixture(tx, () -> w.appliedFinancing().id()), null),
                    new TermsOffer(450, TODAY), START)),
            spec(TxName.DECLINE_FINANCING, REFUSED, (w, tx) -> call(as(BANK),
                    new FinancingDecision(w.fixture(tx, () -> w.appliedFinancing().id()), "no appetite"))),
            spec(TxName.CONFIRM_DISBURSEMENT, IDEMPOTENT, (w, tx) -> {
                String financingId = w.fixture(tx, () -> w.approvedFinancing().id());
                return call(as(BANK), new DisbursementNotice(financingId, "DISB-" + financingId));
            }),
            spec(TxName.GET_FINANCING, QUERY, (w, tx) -> call(as(TIER1), w.fixture(tx, () -> w.appliedFinancing().id()))),
            spec(TxName.GET_FINANCING_TERMS, QUERY, (w, tx) -> call(as(TIER1),
                    w.fixture(tx, () -> w.approvedFinancing().id()))),

            // Settlement
            spec(TxName.DESIGNATE_SETTLEMENT_BANK, REPLACES, (w, tx) -> call(as(CORE),
                    new SettlementAccountRequest(BANK, ScfWorld.accountOf(CORE)))),
            spec(TxName.GET_SETTLEMENT_ACCOUNT, QUERY, (w, tx) -> call(as(CORE), CORE)),
            spec(TxName.SETTLE_PAYMENT, IDEMPOTENT, (w, tx) -> {
                String voucherId = w.fixture(tx, () -> w.activeVoucher().id());
                return call(as(BANK), new PaymentNotice("PAY-" + voucherId, CORE, MATURITY,
                        cny(FuzzWorld.VOUCHER_FEN), voucherId), null, AT_MATURITY);
            }),
            spec(TxName.GET_SETTLEMENT, QUERY, (w, tx) -> call(as(BANK),
                    new SettlementQuery(BANK, w.fixture(tx, w::settledPayment).notice().paymentId()))),
            spec(TxName.CONFIRM_PAYOUT, IDEMPOTENT, (w, tx) -> {
                SettlementOutcome paid = w.fixture(tx, w::settledPayment);
                return call(as(BANK), new PayoutConfirmationRequest(paid.notice().paymentId(),
                        paid.payouts().get(0).payoutId(), "TRF-" + paid.notice().paymentId()));
            }),

            // ABS: pools, due diligence, the offering, payment dates
            spec(TxName.CREATE_POOL, NEW_RECORD, (w, tx) -> call(as(SECURITIES), new CreatePoolRequest(TIER1,
                    AbsWorld.CRITERIA, AbsWorld.REQUIRED, TODAY))),
            dealSpec(TxName.ADD_POOL_ASSETS, REFUSED, (w, tx) -> {
                FuzzWorld.PooledDeal fresh = w.fixture(tx,
                        () -> new FuzzWorld.PooledDeal(w.emptyPool(), w.poolableVouchers()));
                return call(as(TIER1), new PoolAssetsRequest(fresh.poolId(), fresh.voucherIds()));
            }),
            dealSpec(TxName.REMOVE_POOL_ASSETS, REFUSED, (w, tx) -> {
                FuzzWorld.PooledDeal pooled = w.fixture(tx, w::pooledDeal);
                return call(as(TIER1), new PoolAssetsRequest(pooled.poolId(), pooled.voucherIds()));
            }),
            spec(TxName.APPOINT_PROVIDER, IDEMPOTENT, (w, tx) -> call(as(SECURITIES), new AppointProviderRequest(
                    w.fixture(tx, w::emptyPool), ProviderRole.TRUSTEE, SERVICER))),
            spec(TxName.RECORD_ATTESTATION, REPLACES, (w, tx) -> call(as(SERVICER), new RecordAttestationRequest(
                    w.fixture(tx, w::appointedPool), AttestationKind.LEGAL_OPINION, AttestationOpinion.UNQUALIFIED, DOC))),
            spec(TxName.WITHDRAW_ATTESTATION, REFUSED, (w, tx) -> call(as(SERVICER), new WithdrawAttestationRequest(
                    w.fixture(tx, w::attestedPool), AttestationKind.LEGAL_OPINION))),
            dealSpec(TxName.RECORD_RATING, REPLACES, (w, tx) -> call(as(RATER),
                    new RecordRatingRequest(w.fixture(tx, w::structuredDeal), TrancheClass.SENIOR, "AAA"))),
            dealSpec(TxName.SET_DEAL_STRUCTURE, REPLACES, (w, tx) -> call(as(SECURITIES),
                    AbsWorld.smallStructure(w.fixture(tx, w::pooledDeal).poolId()))),
            dealSpec(TxName.OPEN_SUBSCRIPTION, REFUSED, (w, tx) -> call(as(SECURITIES), new DealRequest(
                    w.fixture(tx, w::readyDeal)))),
            dealSpec(TxName.SUBSCRIBE, REPLACES, (w, tx) -> call(as(INVESTOR),
                    new SubscribeRequest(w.fixture(tx, w::openDeal), TrancheClass.SENIOR, 100))),
            dealSpec(TxName.CLOSE_SUBSCRIPTION, REFUSED, (w, tx) -> call(as(SECURITIES),
                    new DealRequest(w.fixture(tx, w::subscribedDeal)))),
            dealSpec(TxName.RESIZE_TRANCHE, REFUSED, (w, tx) -> call(as(SECURITIES), new ResizeTrancheRequest(
                    w.fixture(tx, () -> w.allocatedDeal(400)), TrancheClass.MEZZANINE, 400))),
            dealSpec(TxName.ISSUE_DEAL, REFUSED, (w, tx) -> call(as(SECURITIES),
                    new DealRequest(w.fixture(tx, () -> w.allocatedDeal(500))))),
            spec(TxName.CANCEL_DEAL, REFUSED, (w, tx) -> call(as(SECURITIES), new DealRequest(w.fixture(tx, w::emptyPool)))),
            dealSpec(TxName.RUN_PAYMENT_DATE, NEXT_DATE, (w, tx) -> call(as(SECURITIES),
                    new RunPaymentDateRequest(w.fixture(tx, w::issuedDeal), AbsWorld.REPORT_HASH), null,
                    AbsWorld.morningOf(AbsWorld.SMALL_P1))),
            spec(TxName.GET_DEAL, QUERY, (w, tx) -> call(as(SECURITIES), w.fixture(tx, w::structuredDeal))),
            spec(TxName.GET_INVESTOR_PORTFOLIO, QUERY, (w, tx) -> call(as(INVESTOR), INVESTOR)),
            spec(TxName.GET_TRANCHE_ASSETS, QUERY, (w, tx) -> call(as(SECURITIES),
                    new TrancheQuery(w.fixture(tx, w::structuredDeal), TrancheClass.SENIOR))),
            spec(TxName.CHECK_POOL_ELIGIBILITY, QUERY, (w, tx) -> {
                FuzzWorld.PooledDeal candidates = w.fixture(tx,
                        () -> new FuzzWorld.PooledDeal(w.emptyPool(), w.poolableVouchers()));
                return call(as(TIER1), new PoolAssetsRequest(candidates.poolId(), candidates.voucherIds()));
            }))
            .collect(Collectors.toUnmodifiableMap(TxSpec::name, Function.identity()));

    private TxSpecs() {
    }

    static TxSpec of(String transaction) {
        TxSpec spec = ALL.get(transaction);
        if (spec == null) {
            throw new IllegalArgumentException("no fuzz spec for " + transaction);
        }
        return spec;
    }

    private static TxSpec spec(String name, TxSpec.Replay replay, BiFunction<FuzzWorld, String, ValidCall> valid) {
        return new TxSpec(name, replay, STALE_TRIES, valid);
    }

    /** A transaction whose fixture is a new credit line (66 keys with its slots): remade every few tries. */
    private static TxSpec lineSpec(String name, TxSpec.Replay replay, BiFunction<FuzzWorld, String, ValidCall> valid) {
        return new TxSpec(name, replay, LINE_STALE_TRIES, valid);
    }

    /** A transaction whose fixture is a whole deal (some 20 to 40 transactions): remade only now and then. */
    private static TxSpec dealSpec(String name, TxSpec.Replay replay, BiFunction<FuzzWorld, String, ValidCall> valid) {
        return new TxSpec(name, replay, DEAL_STALE_TRIES, valid);
    }

    private static ValidCall call(Caller caller, Object argument) {
        return new ValidCall(caller, argument, null, START);
    }

    private static ValidCall call(Caller caller, Object argument, Object terms, Instant at) {
        return new ValidCall(caller, argument, terms, at);
    }
}
