package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.settlement.SettlementAccount;
import io.trellis.chaincode.core.KeyedRecords;
import io.trellis.chaincode.core.StateStore;
import java.util.Optional;
import java.util.function.Predicate;

/** Each core enterprise's settlement bank under {@code settlement-account/<obligorId>}. */
public final class SettlementAccountRepository {
    static final String ACCOUNT = "settlement-account";

    private final KeyedRecords<SettlementAccount> accounts;

    public SettlementAccountRepository(StateStore state) {
        this.accounts = new KeyedRecords<>(state, ACCOUNT, SettlementAccount.class,
                ErrorCode.SETTLEMENT_ACCOUNT_NOT_FOUND,
                key -> "core enterprise " + key.get(0) + " has designated no settlement bank");
    }

    public Optional<SettlementAccount> find(String obligorId) {
        return accounts.find(obligorId);
    }

    /** The account if the reader may see it ({@code visible}); otherwise exactly the answer of a missing one. */
    public SettlementAccount get(String obligorId, Predicate<? super SettlementAccount> visible) {
        return accounts.get(visible, obligorId);
    }

    public void save(SettlementAccount account) {
        accounts.save(account, account.obligorId());
    }
}
