package io.trellis.bench;

import io.trellis.chaincode.api.Org;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.party.PartyRole;
import io.trellis.chaincode.api.party.RegisterPartyRequest;
import io.trellis.ledger.FabricIdentity;
import io.trellis.ledger.LedgerCall;
import java.util.List;

/**
 * The baseline: the simplest real write, a party registration by the platform operator (two keys
 * written, none read but its own). Ids encode (run, client, sequence), so they never collide.
 */
public final class RegisterPartyWorkload implements Workload {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final FabricIdentity operator;
    private final String runTag;

    /**
     * @param runTag five characters of the credit-code alphabet distinguishing this run from earlier ones
     */
    public RegisterPartyWorkload(FabricIdentity operator, String runTag) {
        if (runTag.length() != 5 || !runTag.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("runTag must be 5 characters of " + ALPHABET);
        }
        this.operator = operator;
        this.runTag = runTag;
    }

    @Override
    public String name() {
        return "register-party";
    }

    @Override
    public LedgerCall next(int client, long sequence) {
        String id = partyId(client, sequence);
        return LedgerCall.json(operator, TxName.REGISTER_PARTY,
                new RegisterPartyRequest(id, "Bench supplier " + id, List.of(PartyRole.SUPPLIER), Org.PLATFORM, null));
    }

    /** "9" + run tag + client (2 digits) + sequence (10 digits), all in base 31. */
    String partyId(int client, long sequence) {
        return "9" + runTag + base31(client, 2) + base31(sequence, 10);
    }

    static String base31(long value, int width) {
        char[] digits = new char[width];
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (rest % ALPHABET.length()));
            rest /= ALPHABET.length();
        }
        if (rest != 0) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " base-31 digits");
        }
        return new String(digits);
    }

    /** A run tag from a number, e.g. the start time in seconds. */
    public static String runTag(long seed) {
        return base31(Math.floorMod(seed, 31L * 31 * 31 * 31 * 31), 5);
    }
}
