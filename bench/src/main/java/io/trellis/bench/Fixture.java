package io.trellis.bench;

import io.trellis.ledger.FabricIdentity;
import java.util.List;

/**
 * The parties the voucher workloads act as, each KYC-approved and signing with its own identity: a core
 * enterprise, a financier with a credit line for it, and suppliers holding the stock.
 */
record Fixture(Party core, Party financier, List<Party> suppliers) {

    /** A party id and the identity it signs with. */
    record Party(String id, FabricIdentity identity) {
    }

    Party supplier(int index) {
        return suppliers.get(index);
    }

    /** The supplier a voucher of {@code holder} is transferred to: the next one, round the ring. */
    int nextSupplier(int holder) {
        return (holder + 1) % suppliers.size();
    }
}
