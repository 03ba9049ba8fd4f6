package io.trellis.chaincode.creditline;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.GrantCreditLineRequest;
import io.trellis.chaincode.api.creditline.IssuanceLimit;
import io.trellis.chaincode.core.ChaincodeException;
import io.trellis.chaincode.limit.SlottedCounter;
import io.trellis.chaincode.party.PartyRules;
import java.time.Instant;
import java.util.Optional;

/** Rules of credit lines and the issuance limit they add up to: pure functions. */
public final class CreditLineRules {

    private CreditLineRules() {
    }

    public static void validate(GrantCreditLineRequest request) {
        PartyRules.requirePartyId(request.obligorId());
        if (request.limit() == null || !request.limit().isPositive()) {
            throw ChaincodeException.invalid("limit must be a positive amount");
        }
    }

    /** A line is granted once; its limit is fixed from then on. */
    public static CreditLine grant(String financierId, GrantCreditLineRequest request, Optional<CreditLine> existing,
            Instant timestamp) {
        if (existing.isPresent()) {
            throw new ChaincodeException(ErrorCode.CREDIT_LINE_ALREADY_GRANTED,
                    "financier " + financierId + " already granted a line to " + request.obligorId());
        }
        return new CreditLine(CreditLine.idOf(financierId, request.obligorId()), financierId, request.obligorId(),
                request.limit(), SlottedCounter.DEFAULT_SLOTS, timestamp.toString(), 1);
    }

    /** The obligor's issuance limit grows by every line granted to it; all its lines share one currency. */
    public static IssuanceLimit addToIssuance(Optional<IssuanceLimit> current, CreditLine line) {
        if (current.isEmpty()) {
            return new IssuanceLimit(line.obligorId(), line.limit(), SlottedCounter.DEFAULT_SLOTS, 1);
        }
        IssuanceLimit limit = current.get();
        requireCurrency(limit.limit(), line.limit().currency());
        return new IssuanceLimit(limit.obligorId(), limit.limit().plus(line.limit()), limit.slots(), limit.version() + 1);
    }

    public static void requireCurrency(Money reference, String currency) {
        if (!reference.currency().equals(currency)) {
            throw new ChaincodeException(ErrorCode.CURRENCY_MISMATCH,
                    "amounts here are in " + reference.currency() + ", not " + currency);
        }
    }
}
