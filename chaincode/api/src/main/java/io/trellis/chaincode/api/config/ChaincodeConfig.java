package io.trellis.chaincode.api.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Settings the platform operator keeps on chain, so every endorser applies the same ones.
 *
 * @param tierLimit        the highest tier a voucher may reach (the root is tier 1; each split or transfer adds one)
 * @param overdueGraceDays days after maturity before an unpaid voucher may be marked OVERDUE
 * @param version          incremented by every change; 0 while the defaults apply
 */
public record ChaincodeConfig(int tierLimit, int overdueGraceDays, long version) {
    public static final int DEFAULT_TIER_LIMIT = 10;
    public static final int MAX_TIER_LIMIT = 32;
    public static final int DEFAULT_OVERDUE_GRACE_DAYS = 3;
    public static final int MAX_OVERDUE_GRACE_DAYS = 90;

    public static ChaincodeConfig defaults() {
        return new ChaincodeConfig(DEFAULT_TIER_LIMIT, DEFAULT_OVERDUE_GRACE_DAYS, 0);
    }

    /** The first business date a voucher maturing on {@code maturity} may be marked OVERDUE: after the grace days. */
    public static LocalDate firstOverdueDay(LocalDate maturity, int graceDays) {
        return maturity.plusDays(graceDays + 1L);
    }

    /** Reads a stored config; one written before a setting existed reads that setting's default. */
    @JsonCreator
    static ChaincodeConfig read(@JsonProperty("tierLimit") int tierLimit,
            @JsonProperty("overdueGraceDays") Integer overdueGraceDays, @JsonProperty("version") long version) {
        return new ChaincodeConfig(tierLimit, overdueGraceDays == null ? DEFAULT_OVERDUE_GRACE_DAYS : overdueGraceDays,
                version);
    }
}
