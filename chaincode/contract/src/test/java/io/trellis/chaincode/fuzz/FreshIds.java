package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.api.party.PartyIds;

/** Ids the fuzz worlds make for new parties: well formed, and never one of the scenario parties' ids. */
final class FreshIds {

    private FreshIds() {
    }

    /** The {@code n}-th new party id of a world (prefix 9144: no scenario party uses it). */
    static String party(int n) {
        return PartyIds.withCheckCharacter(String.format("9144%013d", n));
    }
}
