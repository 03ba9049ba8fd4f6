package io.trellis.chaincode.fuzz;

import static io.trellis.chaincode.testing.ScfWorld.SECURITIES;
import static org.assertj.core.api.Assertions.assertThat;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.testing.AbsWorld;
import org.junit.jupiter.api.Test;

/** Inputs the fuzz suite found that once broke a rule, kept as plain examples. */
class FuzzRegressionTest {

    /** Was INTERNAL_ERROR: the structure's list copy failed on the null tranche. */
    @Test
    void a_deal_structure_with_a_null_tranche_is_an_invalid_argument_and_changes_nothing() {
        AbsWorld world = new AbsWorld();
        String poolId = world.pooledDeal();
        LedgerImage before = LedgerImage.of(world.scf.chain.ledger());

        var result = world.submit(SECURITIES, TxName.SET_DEAL_STRUCTURE, "{\"poolId\":\"" + poolId + "\",\"tranches\":"
                + "[null,{\"trancheClass\":\"MEZZANINE\",\"principal\":{\"minor\":5000000,\"currency\":\"CNY\"},"
                + "\"couponBp\":500},{\"trancheClass\":\"SUBORDINATED\",\"principal\":{\"minor\":3000000,"
                + "\"currency\":\"CNY\"},\"couponBp\":0}],\"feesPerPaymentDate\":{\"minor\":10000,\"currency\":\"CNY\"},"
                + "\"issueDate\":\"2026-04-01\",\"paymentDates\":[\"2026-07-01\",\"2026-10-01\"],\"defaultTriggerBp\":500}");

        assertThat(result.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
        assertThat(before.differenceFrom(world.scf.chain.ledger())).isEmpty();
    }

    @Test
    void a_deal_structure_with_a_null_payment_date_is_an_invalid_argument() {
        AbsWorld world = new AbsWorld();
        String poolId = world.pooledDeal();
        String structure = io.trellis.chaincode.api.JsonCodec.toJson(AbsWorld.smallStructure(poolId))
                .replace("\"paymentDates\":[\"2026-07-01\"", "\"paymentDates\":[null");

        assertThat(world.submit(SECURITIES, TxName.SET_DEAL_STRUCTURE, structure).code())
                .isEqualTo(ErrorCode.INVALID_ARGUMENT);
    }
}
