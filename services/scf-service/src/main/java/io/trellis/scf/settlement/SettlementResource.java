package io.trellis.scf.settlement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.paging.Filter;
import io.trellis.desk.paging.PageParams;
import io.trellis.desk.paging.Paged;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.Viewer;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Settled payments from the read model, one bank's payment id each (see {@link SettlementVisibility}). */
@Path("/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class SettlementResource {
    private final TokenCaller caller;

    SettlementResource(TokenCaller caller) {
        this.caller = caller;
    }

    /**
     * The payments the caller may see, in the order they were settled, each with the payouts it may see:
     * {@code obligor} and {@code bank} only narrow that (a payee may ask for its payouts from one obligor).
     */
    @GET
    public Paged<SettlementDto> list(@QueryParam("obligor") String obligor, @QueryParam("bank") String bank,
                                     @QueryParam("page") @DefaultValue("0") int page,
                                     @QueryParam("size") @DefaultValue(PageParams.DEFAULT_SIZE) int size) {
        PageParams paging = new PageParams(page, size);
        Viewer viewer = caller.viewer();
        Filter filter = new Filter()
                .where(narrowedTo("s.obligorId", "obligor", obligor))
                .where(narrowedTo("s.key.bankId", "bank", bank))
                .where(SettlementVisibility.listing(viewer));
        String where = filter.query().isEmpty() ? "" : " where " + filter.query();
        PanacheQuery<SettlementView> query = SettlementView.find("from SettlementView s" + where,
                Sort.by("blockNumber").and("key.bankId").and("key.paymentId"), filter.parameters());
        Paged<SettlementView> payments = paging.fetch(query, payment -> payment);
        Map<SettlementView.Key, List<PayoutView>> payouts = payoutsOf(payments.items());
        List<SettlementDto> items = payments.items().stream()
                .map(payment -> SettlementDto.of(payment, SettlementVisibility
                        .payoutsFor(viewer, payment, payouts.getOrDefault(payment.key, List.of())).orElse(List.of())))
                .toList();
        return new Paged<>(items, payments.page(), payments.size(), payments.total());
    }

    /**
     * The payment {@code paymentId} posted by {@code bankId}, payouts in voucher id order, which is the order
     * settlement paid them (one maturity per payment). A payment the caller may not see is reported like one that
     * does not exist.
     */
    @GET
    @Path("/{bankId}/{paymentId}")
    public SettlementDto get(@PathParam("bankId") String bankId, @PathParam("paymentId") String paymentId) {
        SettlementView payment = SettlementView.findById(new SettlementView.Key(bankId, paymentId));
        if (payment == null) {
            throw notFound(bankId, paymentId);
        }
        List<PayoutView> payouts = PayoutView.list("bankId = ?1 and paymentId = ?2", Sort.by("voucherId"), bankId,
                paymentId);
        return SettlementVisibility.payoutsFor(caller.viewer(), payment, payouts)
                .map(visible -> SettlementDto.of(payment, visible))
                .orElseThrow(() -> notFound(bankId, paymentId));
    }

    private static ProblemException notFound(String bankId, String paymentId) {
        return new ProblemException(ErrorCode.SETTLEMENT_NOT_FOUND, "no settlement " + paymentId + " of bank " + bankId);
    }

    private static Condition narrowedTo(String field, String parameter, String value) {
        return value == null ? Condition.ALL : new Condition(field + " = :" + parameter, Map.of(parameter, value));
    }

    /** The payouts of a page's payments, in voucher id order, in one query. */
    private static Map<SettlementView.Key, List<PayoutView>> payoutsOf(List<SettlementView> payments) {
        if (payments.isEmpty()) {
            return Map.of();
        }
        List<String> paymentIds = payments.stream().map(p -> p.key.paymentId()).distinct().toList();
        List<PayoutView> payouts = PayoutView.list("paymentId in ?1", Sort.by("voucherId"), paymentIds);
        return payouts.stream().collect(Collectors.groupingBy(p -> new SettlementView.Key(p.bankId, p.paymentId)));
    }
}
