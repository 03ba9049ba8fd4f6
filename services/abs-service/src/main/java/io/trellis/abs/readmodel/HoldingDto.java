package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.TrancheTerms;

/** Units of a tranche an investor holds, their face value, and the issuance that gave them. */
public record HoldingDto(String poolId, String investorId, String trancheClass, long units, Money face,
        String transactionId, long blockNumber) {

    static HoldingDto of(HoldingRow row, String currency) {
        return new HoldingDto(row.poolId, row.investorId, row.trancheClass, row.units,
                Money.of(row.units * TrancheTerms.UNIT_MINOR, currency), row.transactionId, row.blockNumber);
    }
}
