package io.trellis.abs.readmodel;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.desk.paging.Filter;
import io.trellis.desk.paging.PageParams;
import io.trellis.desk.paging.Paged;
import io.trellis.desk.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The deal read models as the API and the reports read them, narrowed to what the reader may see. */
@ApplicationScoped
public class DealReads {
    private static final Sort SENIORITY = Sort.by("seniority");

    /** The deals the reader may see, by pool id. */
    public Paged<DealSummary> list(Viewer viewer, DealStatus status, PageParams paging) {
        Filter filter = new Filter().equal("status", status == null ? null : status.name())
                .where(DealVisibility.listing(viewer));
        Paged<DealRow> page = paging.fetch(DealRow.find(filter.query(), Sort.by("poolId"), filter.parameters()),
                Function.identity());
        List<String> ids = page.items().stream().map(deal -> deal.poolId).toList();
        Map<String, List<TrancheRow>> tranches = ids.isEmpty() ? Map.of()
                : TrancheRow.<TrancheRow>list("poolId in ?1", Sort.by("poolId").and("seniority"), ids).stream()
                        .collect(Collectors.groupingBy(t -> t.poolId));
        return new Paged<>(page.items().stream()
                .map(deal -> DealSummary.of(deal, tranches.getOrDefault(deal.poolId, List.of()))).toList(),
                page.page(), page.size(), page.total());
    }

    public DealSummary summary(SeenDeal seen) {
        return DealSummary.of(seen.deal(), trancheRows(seen.poolId()));
    }

    /** The pool's vouchers by voucher id, each with its status now. */
    public Paged<PooledVoucherDto> pool(SeenDeal seen, PageParams paging) {
        Paged<PoolAssetRow> page = paging.fetch(PoolAssetRow.find("poolId", Sort.by("voucherId"), seen.poolId()),
                Function.identity());
        List<String> ids = page.items().stream().map(asset -> asset.voucherId).toList();
        Map<String, PooledVoucherRow> now = ids.isEmpty() ? Map.of()
                : PooledVoucherRow.<PooledVoucherRow>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(v -> v.id, v -> v));
        return new Paged<>(page.items().stream()
                .map(asset -> PooledVoucherDto.of(asset, now.get(asset.voucherId), seen.deal().currency)).toList(),
                page.page(), page.size(), page.total());
    }

    /** What each obligor owes the pool at pooling, largest first. */
    public List<ObligorShare> obligors(SeenDeal seen) {
        String currency = seen.deal().currency;
        return PoolAssetRow.getEntityManager().createQuery("""
                        select a.obligorId, count(a), sum(a.principalMinor) from PoolAssetRow a where a.poolId = :pool
                        group by a.obligorId order by sum(a.principalMinor) desc, a.obligorId""", Object[].class)
                .setParameter("pool", seen.poolId())
                .getResultList().stream()
                .map(r -> new ObligorShare((String) r[0], (Long) r[1], Money.of((Long) r[2], currency)))
                .toList();
    }

    public List<TrancheDto> tranches(SeenDeal seen) {
        return trancheRows(seen.poolId()).stream().map(t -> TrancheDto.of(t, seen.deal().currency)).toList();
    }

    /** The holdings of the deal the reader may see: all for a whole reader, else its own. */
    public List<HoldingDto> holdings(SeenDeal seen) {
        return HoldingRow.<HoldingRow>list("poolId", Sort.by("seniority").and("investorId"), seen.poolId()).stream()
                .filter(h -> seen.showsInvestor(h.investorId))
                .map(h -> HoldingDto.of(h, seen.deal().currency)).toList();
    }

    /** Every payment date run so far, in date order. */
    public List<DistributionDto> distributions(SeenDeal seen) {
        return DistributionRow.<DistributionRow>list("poolId", Sort.by("paymentDate"), seen.poolId()).stream()
                .map(row -> distribution(seen, row)).toList();
    }

    public Optional<DistributionDto> distribution(SeenDeal seen, LocalDate paymentDate) {
        return DistributionRow.<DistributionRow>find("poolId = ?1 and paymentDate = ?2", seen.poolId(), paymentDate)
                .firstResultOptional().map(row -> distribution(seen, row));
    }

    public DueDiligenceDto dueDiligence(SeenDeal seen) {
        String pool = seen.poolId();
        return new DueDiligenceDto(
                AppointmentRow.<AppointmentRow>list("poolId", Sort.by("role").and("providerId"), pool).stream()
                        .map(a -> new DueDiligenceDto.Appointment(a.role, a.providerId, a.appointedAt,
                                a.transactionId, a.blockNumber)).toList(),
                AttestationRow.<AttestationRow>list("poolId", Sort.by("kind").and("providerId"), pool).stream()
                        .map(a -> new DueDiligenceDto.Attestation(a.kind, a.providerId, a.opinion, a.documentHash,
                                a.transactionId, a.blockNumber)).toList(),
                RatingRow.<RatingRow>list("poolId", Sort.by("trancheClass").and("agencyId"), pool).stream()
                        .map(r -> new DueDiligenceDto.Rating(r.trancheClass, r.agencyId, r.grade, r.transactionId,
                                r.blockNumber)).toList());
    }

    /** An investor's holdings in every deal, by deal then seniority (the caller has checked the reader). */
    public List<HoldingDto> holdingsOf(String investorId) {
        List<HoldingRow> rows = HoldingRow.list("investorId", Sort.by("poolId").and("seniority"), investorId);
        Map<String, String> currencies = rows.isEmpty() ? Map.of()
                : DealRow.<DealRow>list("poolId in ?1", rows.stream().map(h -> h.poolId).distinct().toList())
                        .stream().collect(Collectors.toMap(d -> d.poolId, d -> d.currency));
        return rows.stream().map(h -> HoldingDto.of(h, currencies.get(h.poolId))).toList();
    }

    private static List<TrancheRow> trancheRows(String poolId) {
        return TrancheRow.list("poolId", SENIORITY, poolId);
    }

    private static DistributionDto distribution(SeenDeal seen, DistributionRow row) {
        String currency = seen.deal().currency;
        Parameters date = Parameters.with("pool", row.poolId).and("date", row.paymentDate);
        String ofDate = "poolId = :pool and paymentDate = :date";
        List<DistributionDto.Step> steps = DistributionStepRow.<DistributionStepRow>list(ofDate, Sort.by("position"),
                date).stream().map(s -> new DistributionDto.Step(s.step, Money.of(s.amountMinor, currency))).toList();
        List<DistributionDto.Balance> balances = TrancheBalanceRow.<TrancheBalanceRow>list(ofDate, SENIORITY, date)
                .stream().map(b -> new DistributionDto.Balance(b.trancheClass,
                        Money.of(b.outstandingPrincipalMinor, currency), Money.of(b.interestArrearsMinor, currency)))
                .toList();
        List<DistributionDto.Payout> payouts = PayoutRow.<PayoutRow>list(ofDate, Sort.by("position"), date).stream()
                .filter(p -> seen.showsInvestor(p.investorId))
                .map(p -> new DistributionDto.Payout(p.investorId, p.trancheClass, p.kind,
                        Money.of(p.amountMinor, currency), p.transactionId, p.blockNumber)).toList();
        return new DistributionDto(row.poolId, row.paymentDate, row.periodStart, Money.of(row.collectedMinor, currency),
                Money.of(row.carriedInMinor, currency), Money.of(row.defaultedPrincipalMinor, currency),
                row.triggerHit, steps, balances, Money.of(row.feeArrearsMinor, currency),
                Money.of(row.carriedOutMinor, currency), row.documentHash, payouts, row.transactionId, row.blockNumber);
    }
}
