package io.trellis.ledger.identity;

import java.util.List;

/** A Fabric CA answered, and refused: the HTTP status and the CA's own error codes (lib/caerrors in fabric-ca). */
public final class FabricCaException extends RuntimeException {
    /** fabric-ca's ErrDupIdentityReg: the enrollment id is registered already. */
    static final int DUPLICATE_IDENTITY = 74;

    private final int status;
    private final List<Integer> codes;

    public FabricCaException(int status, List<Integer> codes, String message) {
        super(message);
        this.status = status;
        this.codes = List.copyOf(codes);
    }

    public int status() {
        return status;
    }

    public List<Integer> codes() {
        return codes;
    }

    public boolean alreadyRegistered() {
        return codes.contains(DUPLICATE_IDENTITY);
    }
}
