package io.trellis.chaincode.abs;

import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.ObligorExposure;
import io.trellis.chaincode.api.abs.PoolAsset;
import io.trellis.chaincode.api.abs.PoolAssetStatus;
import io.trellis.chaincode.api.abs.PoolEntry;
import io.trellis.chaincode.api.voucher.Voucher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** A credit voucher as the ABS rules see it, and the pool views built from it: pure. */
public final class PoolAssets {

    private PoolAssets() {
    }

    public static PoolAsset of(Voucher voucher) {
        return new PoolAsset(voucher.id(), voucher.obligorId(), voucher.holderId(), voucher.outstanding(),
                voucher.maturityDate(), PoolAssetStatus.valueOf(voucher.status().name()), voucher.poolId());
    }

    /** An asset already in the pool, as eligibility weighs it: its principal when added. */
    public static PoolAsset of(PoolEntry entry) {
        return new PoolAsset(entry.voucherId(), entry.obligorId(), entry.previousHolderId(), entry.principal(),
                entry.maturity(), PoolAssetStatus.POOLED, entry.poolId());
    }

    /** What the pool remembers of a voucher it takes in, to weigh it later and to give it back. */
    public static PoolEntry entry(String poolId, Voucher voucher, LocalDate today) {
        return new PoolEntry(poolId, voucher.id(), voucher.obligorId(), voucher.outstanding(), voucher.maturityDate(),
                voucher.status(), voucher.holderId(), today);
    }

    /** Outstanding per obligor, by obligor id; vouchers counted only while they still owe something. */
    public static List<ObligorExposure> exposures(List<PoolAsset> assets, Function<String, String> nameOf) {
        Map<String, List<PoolAsset>> byObligor = new TreeMap<>();
        assets.forEach(a -> byObligor.computeIfAbsent(a.obligorId(), o -> new ArrayList<>()).add(a));
        List<ObligorExposure> exposures = new ArrayList<>();
        byObligor.forEach((obligorId, owed) -> exposures.add(new ObligorExposure(obligorId, nameOf.apply(obligorId),
                owed.stream().map(PoolAsset::outstanding).reduce(Money::plus).orElseThrow(),
                (int) owed.stream().filter(a -> a.outstanding().isPositive()).count())));
        return List.copyOf(exposures);
    }
}
