package io.trellis.bench;

import java.util.List;

/** A fixture of three suppliers with made-up ids, for workload tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Fixture threeSuppliers() {
        return new Fixture(party("CORE"), party("BANK"), List.of(party("S0"), party("S1"), party("S2")));
    }

    private static Fixture.Party party(String id) {
        return new Fixture.Party(id, Identities.of(id.equals("BANK") ? "BankMSP" : "PlatformMSP"));
    }
}
