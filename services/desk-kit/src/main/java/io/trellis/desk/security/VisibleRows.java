package io.trellis.desk.security;

import io.trellis.desk.paging.Condition;
import io.trellis.desk.party.PartyRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Viewer}'s rule as conditions of a read-model query, so a listing narrows in the database and its pages and
 * totals count only what the viewer may see. Field names are the entities' (HQL); an operator's parties are those
 * the party read model says its organisation hosts.
 */
public final class VisibleRows {
    static final String PARTY = "viewerParty";
    static final String ORG = "viewerOrg";

    private VisibleRows() {
    }

    /** Rows naming, in one of {@code partyFields}, a party the viewer speaks for; every row for an auditor. */
    public static Condition naming(Viewer viewer, String... partyFields) {
        if (viewer.seesAll()) {
            return Condition.ALL;
        }
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (viewer.isParty()) {
            Arrays.stream(partyFields).forEach(field -> alternatives.add(field + " = :" + PARTY));
            parameters.put(PARTY, viewer.partyId());
        }
        viewer.operatorOf().ifPresent(org -> {
            Arrays.stream(partyFields).forEach(field -> alternatives.add(
                    field + " in (select host.id from " + PartyRow.ENTITY + " host where host.mspId = :" + ORG + ")"));
            parameters.put(ORG, org.mspId());
        });
        return alternatives.isEmpty() ? Condition.NONE : new Condition(String.join(" or ", alternatives), parameters);
    }

    /**
     * The party directory: every party for a party (counterparties are named by id), the parties of its own
     * organisation for an operator, nothing for anyone else.
     */
    public static Condition directory(Viewer viewer) {
        if (viewer.isParty()) {
            return Condition.ALL;
        }
        return viewer.operatorOf()
                .map(org -> new Condition("mspId = :" + ORG, Map.<String, Object>of(ORG, org.mspId())))
                .orElse(Condition.NONE);
    }
}
