package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.settlement.SettlementAccount;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.chaincode.party.PartyRules;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which bank settles a core enterprise's vouchers: pure. Without this a bank could post a payment notice that
 * settles any obligor's vouchers; with it only the bank the obligor named may.
 */
public final class SettlementAccountRules {
    /** Letters, digits and '-', up to 34: an IBAN or a domestic account number fits. */
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9A-Za-z-]{1,34}");

    private SettlementAccountRules() {
    }

    public static void validate(SettlementAccountRequest request) {
        PartyRules.requirePartyId(request.bankId());
        if (request.accountNumber() == null || !ACCOUNT_NUMBER.matcher(request.accountNumber()).matches()) {
            throw ChaincodeException.invalid("accountNumber must be 1 to 34 letters, digits or '-'");
        }
    }

    /** A designation replaces the one before it. */
    public static SettlementAccount designate(String obligorId, SettlementAccountRequest request,
            Optional<SettlementAccount> current) {
        long version = current.map(account -> account.version() + 1).orElse(1L);
        return new SettlementAccount(obligorId, request.bankId(), request.accountNumber(), version);
    }

    /** Only the obligor's designated bank may post its payments. */
    public static void requireDesignatedBank(Optional<SettlementAccount> account, String obligorId, String bankId) {
        SettlementAccount designated = account.orElseThrow(() -> new ChaincodeException(
                ErrorCode.SETTLEMENT_ACCOUNT_NOT_DESIGNATED,
                "core enterprise " + obligorId + " has designated no settlement bank"));
        if (!designated.bankId().equals(bankId)) {
            throw ChaincodeException.notAllowed("only the settlement bank " + obligorId
                    + " designated may post its payments");
        }
    }
}
