package io.trellis.chaincode.settlement;

import static io.trellis.chaincode.testing.ScfWorld.AUDITOR;
import static io.trellis.chaincode.testing.ScfWorld.BANK;
import static io.trellis.chaincode.testing.ScfWorld.BANK2;
import static io.trellis.chaincode.testing.ScfWorld.CORE;
import static io.trellis.chaincode.testing.ScfWorld.TIER1;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.event.SettlementBankDesignated;
import io.trellis.chaincode.api.settlement.SettlementAccount;
import io.trellis.chaincode.api.settlement.SettlementAccountRequest;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import org.junit.jupiter.api.Test;

class SettlementAccountContractTest {
    private final ScfWorld world = new ScfWorld();

    private ChaincodeHarness.Result designate(String bankId, String accountNumber) {
        return world.submit(CORE, TxName.DESIGNATE_SETTLEMENT_BANK, new SettlementAccountRequest(bankId, accountNumber));
    }

    @Test
    void a_core_designates_its_settlement_bank_and_a_new_designation_replaces_it() {
        SettlementAccount first = designate(BANK, "6222-0001").as(SettlementAccount.class);

        SettlementAccount second = designate(BANK2, "GB82WEST12345698765432").as(SettlementAccount.class);

        assertThat(first).isEqualTo(new SettlementAccount(CORE, BANK, "6222-0001", 1));
        assertThat(second).isEqualTo(new SettlementAccount(CORE, BANK2, "GB82WEST12345698765432", 2));
        assertThat(world.lastEvents()).containsExactly(
                new SettlementBankDesignated(CORE, BANK2, "GB82WEST12345698765432", 2));
        assertThat(world.submit(CORE, TxName.GET_SETTLEMENT_ACCOUNT, CORE).as(SettlementAccount.class)).isEqualTo(second);
    }

    @Test
    void the_bank_must_be_a_known_kyc_approved_financier_and_the_account_well_formed() {
        assertThat(designate(TIER1, "6222-0001").code()).isEqualTo(ErrorCode.COUNTERPARTY_NOT_ELIGIBLE);
        assertThat(designate("91110000000000099K", "6222-0001").code()).isEqualTo(ErrorCode.PARTY_NOT_FOUND);
        assertThat(designate(BANK, "6222 0001").code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(designate(BANK, "1".repeat(35)).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(designate(BANK, null).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void the_core_its_bank_and_auditors_see_the_account_and_no_one_else_can_tell_it_exists() {
        SettlementAccount account = designate(BANK, "6222-0001").as(SettlementAccount.class);

        for (String reader : new String[] {CORE, BANK, AUDITOR}) {
            assertThat(world.submit(reader, TxName.GET_SETTLEMENT_ACCOUNT, CORE).as(SettlementAccount.class))
                    .isEqualTo(account);
        }
        ChaincodeHarness.Result other = world.submit(BANK2, TxName.GET_SETTLEMENT_ACCOUNT, CORE);
        assertThat(other.code()).isEqualTo(ErrorCode.SETTLEMENT_ACCOUNT_NOT_FOUND);
        assertThat(other.error().message()).isEqualTo("core enterprise " + CORE + " has designated no settlement bank");
        assertThat(world.submit(TIER1, TxName.GET_SETTLEMENT_ACCOUNT, CORE).code())
                .isEqualTo(ErrorCode.SETTLEMENT_ACCOUNT_NOT_FOUND);
    }
}
