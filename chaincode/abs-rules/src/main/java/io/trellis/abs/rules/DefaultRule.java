package io.trellis.abs.rules;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Decides which pooled principal counts as defaulted for the deal's default trigger. */
public final class DefaultRule {
    /** A pooled voucher unpaid more than this many days after maturity is in default. */
    public static final int DEFAULT_AFTER_DAYS_OVERDUE = 90;

    private DefaultRule() {
    }

    public static boolean defaulted(PoolAsset asset, LocalDate asOf) {
        return asset.status() != PoolAssetStatus.SETTLED
                && asset.outstanding().isPositive()
                && ChronoUnit.DAYS.between(asset.maturity(), asOf) > DEFAULT_AFTER_DAYS_OVERDUE;
    }

    /** The outstanding principal of every defaulted asset as of {@code asOf}. */
    public static Money defaultedPrincipal(List<PoolAsset> assets, LocalDate asOf, String currency) {
        Money total = Money.zero(currency);
        for (PoolAsset asset : assets) {
            if (defaulted(asset, asOf)) {
                total = total.plus(asset.outstanding());
            }
        }
        return total;
    }
}
