package io.trellis.abs.readmodel;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.abs.DealStatus;
import io.trellis.desk.paging.Condition;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.Viewer;
import io.trellis.desk.security.VisibleRows;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who reads which deal, as the chaincode decides it ({@code core/Visibility}, docs/abs.md "Who reads what"): its
 * manager, its originator, auditors and the operators of the manager's or originator's organisation see it whole;
 * a service provider appointed to it, and any investor once it is offered, see it without other investors'
 * positions; anyone else sees nothing, exactly as for a deal that does not exist.
 */
public final class DealVisibility {
    /** Deal states in which the deal is on offer to every investor. */
    static final Set<DealStatus> OFFERED = EnumSet.of(DealStatus.SUBSCRIPTION_OPEN, DealStatus.ALLOCATED,
            DealStatus.ISSUED, DealStatus.AMORTISING, DealStatus.MATURED);
    static final String MANAGER = "managerId";
    static final String ORIGINATOR = "originatorId";

    private DealVisibility() {
    }

    /** @param appointed whether the reader is a service provider the deal's manager appointed to it */
    public static DealSight sight(Viewer viewer, DealRow deal, boolean appointed) {
        if (viewer.sees(deal.managerId, deal.originatorId)) {
            return DealSight.WHOLE;
        }
        if (appointed || (investor(viewer) && OFFERED.contains(deal.dealStatus()))) {
            return DealSight.PART;
        }
        return DealSight.NONE;
    }

    /** The deal of {@code poolId} if the reader may see some of it, with how much; else POOL_NOT_FOUND. */
    public static SeenDeal seen(Viewer viewer, String poolId) {
        DealRow deal = DealRow.findById(poolId);
        DealSight sight = deal == null ? DealSight.NONE : sight(viewer, deal, appointed(viewer, poolId));
        if (sight == DealSight.NONE) {
            throw new ProblemException(ErrorCode.POOL_NOT_FOUND, "no deal " + poolId);
        }
        return new SeenDeal(deal, sight, viewer);
    }

    /** The deals a listing may show the reader, as a condition on {@link DealRow}. */
    public static Condition listing(Viewer viewer) {
        if (viewer.seesAll()) {
            return Condition.ALL;
        }
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        Condition named = VisibleRows.naming(viewer, MANAGER, ORIGINATOR);
        if (!named.equals(Condition.NONE)) {
            alternatives.add(named.clause());
            parameters.putAll(named.parameters());
        }
        if (investor(viewer)) {
            alternatives.add("status in :offered");
            parameters.put("offered", OFFERED.stream().map(DealStatus::name).toList());
        }
        if (provider(viewer)) {
            alternatives.add("poolId in (select a.poolId from AppointmentRow a where a.providerId = :appointee)");
            parameters.put("appointee", viewer.partyId());
        }
        return alternatives.isEmpty() ? Condition.NONE : new Condition(String.join(" or ", alternatives), parameters);
    }

    /**
     * An investor's own lists (holdings across deals): the investor, its operator and auditors; asking for another
     * investor's is forbidden, as {@code GetInvestorPortfolio} is.
     */
    public static void requireInvestorList(Viewer viewer, String investorId) {
        if (!viewer.seesAll() && !viewer.speaksFor(investorId)) {
            throw new ProblemException(ErrorCode.NOT_ALLOWED,
                    "only the investor itself, its operator or an auditor may see its holdings");
        }
    }

    private static boolean appointed(Viewer viewer, String poolId) {
        return provider(viewer)
                && AppointmentRow.count("poolId = ?1 and providerId = ?2", poolId, viewer.partyId()) > 0;
    }

    private static boolean investor(Viewer viewer) {
        return viewer.isParty() && viewer.has(Viewer.INVESTOR);
    }

    private static boolean provider(Viewer viewer) {
        return viewer.isParty() && viewer.has(Viewer.SERVICE_PROVIDER);
    }
}
