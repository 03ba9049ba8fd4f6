package io.trellis.chaincode.creditline;

import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.CreditLineStatus;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.creditline.IssuanceLimit;
import io.trellis.chaincode.api.creditline.ReduceCreditLineRequest;
import io.trellis.chaincode.limit.SlottedCounter;
import io.trellis.chaincode.party.PartyRules;
import java.time.Instant;
import java.util.Optional;

/** Rules of credit lines and the issuance limit they add up to: pure functions. */
public final class CreditLineRules {

    private CreditLineRules() {
    }

    /** The highest line limit ({@link Amounts#CEILING}): thousands of lines still sum within a long. */
    public static final long MAX_LIMIT = Amounts.CEILING;

    public static void validate(GrantCreditLineRequest request) {
        PartyRules.requirePartyId(request.obligorId());
        requireLimit(request.limit());
    }

    public static void validate(ReduceCreditLineRequest request) {
        PartyRules.requirePartyId(request.obligorId());
        requireLimit(request.limit());
    }

    private static void requireLimit(Money limit) {
        if (limit == null || !limit.isPositive()) {
            throw ChaincodeException.invalid("limit must be a positive amount");
        }
        if (limit.minor() > MAX_LIMIT) {
            throw ChaincodeException.invalid("limit must be at most " + MAX_LIMIT + " minor units");
        }
    }

    /** A revoked line finances nothing and changes no more. */
    public static void requireActive(CreditLine line) {
        if (line.status() == CreditLineStatus.REVOKED) {
            throw new ChaincodeException(ErrorCode.CREDIT_LINE_REVOKED, "credit line " + line.id() + " was revoked");
        }
    }

    /** A lower limit, still covering what the line's approved financings use. */
    public static CreditLine reduce(CreditLine line, Money limit, long used) {
        requireActive(line);
        requireCurrency(line.limit(), limit.currency());
        if (limit.compareTo(line.limit()) >= 0) {
            throw ChaincodeException.invalid("a reduction must go below the current limit " + line.limit().minor());
        }
        if (limit.minor() < used) {
            throw new ChaincodeException(ErrorCode.CREDIT_LINE_IN_USE, "credit line " + line.id() + " uses " + used
                    + ", more than " + limit.minor());
        }
        return line.changed(limit, CreditLineStatus.ACTIVE);
    }

    /** Revoked: the limit drops to what is used now, so nothing is left to approve. */
    public static CreditLine revoke(CreditLine line, long used) {
        requireActive(line);
        return line.changed(Money.of(used, line.limit().currency()), CreditLineStatus.REVOKED);
    }

    /** What a line still offers: nothing once revoked, though settlements release what it used. */
    public static Money available(CreditLine line, Money used) {
        return line.status() == CreditLineStatus.REVOKED ? Money.zero(used.currency()) : line.limit().minus(used);
    }

    /**
     * A revoked line's share of the issuance limit, given up as far as the core's unsettled vouchers allow: a bank may
     * always revoke, but vouchers already issued stay covered (the limit never drops below what they use).
     */
    public static IssuanceLimit shrinkIssuanceAsFarAsUsed(IssuanceLimit limit, long cut, long used) {
        return shrinkIssuance(limit, Math.min(cut, Math.max(0, limit.limit().minor() - used)), used);
    }

    /** The issuance limit less what a line gave up; the core's unsettled vouchers must still fit in it. */
    public static IssuanceLimit shrinkIssuance(IssuanceLimit limit, long cut, long used) {
        Money shrunk = limit.limit().minus(Money.of(cut, limit.limit().currency()));
        if (shrunk.minor() < used) {
            throw new ChaincodeException(ErrorCode.ISSUANCE_LIMIT_IN_USE, "the issuance limit of " + limit.obligorId()
                    + " would be " + shrunk.minor() + " but its unsettled vouchers use " + used);
        }
        return new IssuanceLimit(limit.obligorId(), shrunk, limit.slots(), limit.version() + 1);
    }

    /** A line is granted once; from then on its limit only goes down (reduction, revocation). */
    public static CreditLine grant(String financierId, GrantCreditLineRequest request, Optional<CreditLine> existing,
            Instant timestamp) {
        if (existing.isPresent()) {
            throw new ChaincodeException(ErrorCode.CREDIT_LINE_ALREADY_GRANTED,
                    "financier " + financierId + " already granted a line to " + request.obligorId());
        }
        return new CreditLine(CreditLine.idOf(financierId, request.obligorId()), financierId, request.obligorId(),
                request.limit(), SlottedCounter.DEFAULT_SLOTS, CreditLineStatus.ACTIVE, timestamp.toString(), 1);
    }

    /** The obligor's issuance limit grows by every line granted to it; all its lines share one currency. */
    public static IssuanceLimit addToIssuance(Optional<IssuanceLimit> current, CreditLine line) {
        if (current.isEmpty()) {
            return new IssuanceLimit(line.obligorId(), line.limit(), SlottedCounter.DEFAULT_SLOTS, 1);
        }
        IssuanceLimit limit = current.get();
        requireCurrency(limit.limit(), line.limit().currency());
        try {
            return new IssuanceLimit(limit.obligorId(), limit.limit().plus(line.limit()), limit.slots(),
                    limit.version() + 1);
        } catch (ArithmeticException e) {
            throw new ChaincodeException(ErrorCode.AMOUNT_OUT_OF_RANGE,
                    "the issuance limit of " + limit.obligorId() + " would exceed the largest amount kept", e);
        }
    }

    public static void requireCurrency(Money reference, String currency) {
        if (!reference.currency().equals(currency)) {
            throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                    "amounts here are in " + reference.currency() + ", not " + currency);
        }
    }
}
