package io.trellis.chaincode.settlement;

import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.SettlementBankDesignated;
import io.trellis.chaincode.api.party.Party;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.settlement.SettlementAccount;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.chaincode.core.Arguments;
import io.trellis.chaincode.core.Router;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.core.Viewer;
import io.trellis.chaincode.core.Visibility;
import io.trellis.chaincode.party.ActingParty;
import io.trellis.chaincode.party.PartyRepository;
import io.trellis.chaincode.party.PartyRules;

/** A core enterprise names the one bank that settles its vouchers, and its account there. */
public final class SettlementAccountContract {

    private SettlementAccountContract() {
    }

    public static void registerOn(Router router) {
        router.register(TxName.DESIGNATE_SETTLEMENT_BANK, SettlementAccountContract::designate)
                .register(TxName.GET_SETTLEMENT_ACCOUNT, SettlementAccountContract::get);
    }

    static SettlementAccount designate(TxContext ctx, String argument) {
        SettlementAccountRequest request = Arguments.decode(argument, SettlementAccountRequest.class);
        Party core = ActingParty.withRole(ctx, PartyRole.CORE_ENTERPRISE);
        SettlementAccountRules.validate(request);
        new PartyRepository(ctx.state()).eligible(request.bankId(), PartyRole.FINANCIER);
        SettlementAccountRepository accounts = new SettlementAccountRepository(ctx.state());
        SettlementAccount account = SettlementAccountRules.designate(core.id(), request, accounts.find(core.id()));
        accounts.save(account);
        ctx.emit(new SettlementBankDesignated(account.obligorId(), account.bankId(), account.accountNumber(),
                account.version()));
        return account;
    }

    static SettlementAccount get(TxContext ctx, String argument) {
        String obligorId = Arguments.text(argument);
        Viewer viewer = ActingParty.viewer(ctx);
        PartyRules.requirePartyId(obligorId);
        return new SettlementAccountRepository(ctx.state()).get(obligorId,
                account -> Visibility.settlementAccount(viewer, account));
    }
}
