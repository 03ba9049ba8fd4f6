package io.trellis.chaincode.creditline;

import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.CreditLineKey;
import io.trellis.chaincode.api.creditline.CreditLineView;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.creditline.IssuanceLimit;
import io.trellis.chaincode.api.creditline.IssuanceLimitView;
import io.trellis.chaincode.api.creditline.ReduceCreditLineRequest;
import io.trellis.chaincode.api.creditline.RevokeCreditLineRequest;
import io.trellis.chaincode.api.event.CreditLineChanged;
import io.trellis.chaincode.api.event.CreditLineGranted;
import io.trellis.chaincode.api.event.IssuanceLimitChanged;
import io.trellis.chaincode.api.limit.CounterSlot;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.limit.CounterStore;
import io.trellis.chaincode.limit.SlottedCounter;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import io.trellis.chaincode.party.PartyRules;
import java.util.List;
import java.util.Optional;

/**
 * Credit lines: a financier grants a core enterprise a limit, which also raises the core's issuance limit; it may
 * later reduce or revoke it, which lowers the issuance limit by as much.
 */
public final class CreditLineContract {

    private CreditLineContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.GRANT_CREDIT_LINE, CreditLineContract::grant)
                .register(TxName.REDUCE_CREDIT_LINE, CreditLineContract::reduce)
                .register(TxName.REVOKE_CREDIT_LINE, CreditLineContract::revoke)
                .register(TxName.GET_CREDIT_LINE, CreditLineContract::getLine)
                .register(TxName.GET_ISSUANCE_LIMIT, CreditLineContract::getIssuance);
    }

    static CreditLine grant(TxContext ctx, String argument) {
        GrantCreditLineRequest request = Arguments.decode(argument, GrantCreditLineRequest.class);
        Party financier = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        CreditLineRules.validate(request);
        new PartyRepository(ctx.state()).eligible(request.obligorId(), PartyRole.CORE_ENTERPRISE);
        CreditLineRepository lines = new CreditLineRepository(ctx.state());
        CreditLine line = CreditLineRules.grant(financier.id(), request,
                lines.findLine(financier.id(), request.obligorId()), ctx.timestamp());
        Optional<IssuanceLimit> before = lines.findIssuance(line.obligorId());
        IssuanceLimit issuance = CreditLineRules.addToIssuance(before, line);

        lines.save(line);
        lines.lineSlots(line.financierId(), line.obligorId()).write(SlottedCounter.open(line.limit().minor(), line.slots()));
        lines.save(issuance);
        CounterStore issuanceSlots = lines.issuanceSlots(line.obligorId());
        // Growing the issuance limit rewrites all its slots: a rare grant may make in-flight issuances retry.
        issuanceSlots.write(before.isEmpty()
                ? SlottedCounter.open(issuance.limit().minor(), issuance.slots())
                : SlottedCounter.grow(issuanceSlots.readAll(issuance.slots()), line.limit().minor()));
        ctx.emit(new CreditLineGranted(line));
        ctx.emit(new IssuanceLimitChanged(issuance));
        return line;
    }

    static CreditLine reduce(TxContext ctx, String argument) {
        ReduceCreditLineRequest request = Arguments.decode(argument, ReduceCreditLineRequest.class);
        Party financier = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        CreditLineRules.validate(request);
        CreditLineRepository lines = new CreditLineRepository(ctx.state());
        CreditLine before = lines.line(financier.id(), request.obligorId());
        List<CounterSlot> slots = lines.lineSlots(before.financierId(), before.obligorId()).readAll(before.slots());
        return lower(ctx, lines, before, slots,
                CreditLineRules.reduce(before, request.limit(), SlottedCounter.used(slots)), CreditLineRules::shrinkIssuance);
    }

    /** Revoked, the line keeps only what it finances now; settlements still release it but never reopen it. */
    static CreditLine revoke(TxContext ctx, String argument) {
        RevokeCreditLineRequest request = Arguments.decode(argument, RevokeCreditLineRequest.class);
        Party financier = ActingParty.withRole(ctx, PartyRole.FINANCIER);
        PartyRules.requirePartyId(request.obligorId());
        CreditLineRepository lines = new CreditLineRepository(ctx.state());
        CreditLine before = lines.line(financier.id(), request.obligorId());
        List<CounterSlot> slots = lines.lineSlots(before.financierId(), before.obligorId()).readAll(before.slots());
        return lower(ctx, lines, before, slots, CreditLineRules.revoke(before, SlottedCounter.used(slots)),
                CreditLineRules::shrinkIssuanceAsFarAsUsed);
    }

    /** How a lower line lowers the issuance limit, given the cut and what the issuance uses. */
    private interface IssuanceCut {
        IssuanceLimit apply(IssuanceLimit limit, long cut, long used);
    }

    /**
     * Stores a line whose limit went down, and takes the cut off the obligor's issuance limit as {@code issuanceCut}
     * allows. Both counters' slots are all rewritten (each keeps what it uses), as at a grant: in-flight uses may retry.
     */
    private static CreditLine lower(TxContext ctx, CreditLineRepository lines, CreditLine before,
            List<CounterSlot> lineSlots, CreditLine after, IssuanceCut issuanceCut) {
        long cut = Amounts.subtract(before.limit().minor(), after.limit().minor());
        IssuanceLimit issuance = lines.findIssuance(after.obligorId())
                .orElseThrow(() -> new IllegalStateException("a line without its issuance limit: " + after.id()));
        CounterStore issuanceSlots = lines.issuanceSlots(after.obligorId());
        List<CounterSlot> issuanceNow = issuanceSlots.readAll(issuance.slots());
        IssuanceLimit shrunk = issuanceCut.apply(issuance, cut, SlottedCounter.used(issuanceNow));

        lines.save(after);
        lines.lineSlots(after.financierId(), after.obligorId())
                .write(SlottedCounter.resize(lineSlots, after.limit().minor()));
        lines.save(shrunk);
        issuanceSlots.write(SlottedCounter.resize(issuanceNow, shrunk.limit().minor()));
        ctx.emit(new CreditLineChanged(after));
        ctx.emit(new IssuanceLimitChanged(shrunk));
        return after;
    }

    static CreditLineView getLine(TxContext ctx, String argument) {
        CreditLineKey key = Arguments.decode(argument, CreditLineKey.class);
        Viewer viewer = ActingParty.viewer(ctx);
        PartyRules.requirePartyId(key.financierId());
        PartyRules.requirePartyId(key.obligorId());
        CreditLineRepository lines = new CreditLineRepository(ctx.state());
        CreditLine line = lines.line(key.financierId(), key.obligorId(),
                found -> Visibility.creditLine(viewer, found.financierId(), found.obligorId()));
        Money used = Money.of(lines.lineSlots(line.financierId(), line.obligorId()).used(line.slots()),
                line.limit().currency());
        return new CreditLineView(line, used, CreditLineRules.available(line, used));
    }

    static IssuanceLimitView getIssuance(TxContext ctx, String argument) {
        String obligorId = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        PartyRules.requirePartyId(obligorId);
        CreditLineRepository lines = new CreditLineRepository(ctx.state());
        IssuanceLimit limit = lines.findIssuance(obligorId)
                .filter(found -> Visibility.issuanceLimit(viewer, found.obligorId()))
                .orElseThrow(() -> new ChaincodeException(ErrorCode.CREDIT_LINE_NOT_FOUND,
                        "core enterprise " + obligorId + " has no credit line"));
        Money used = Money.of(lines.issuanceSlots(obligorId).used(limit.slots()), limit.limit().currency());
        return new IssuanceLimitView(limit, used, limit.limit().minus(used));
    }
}
