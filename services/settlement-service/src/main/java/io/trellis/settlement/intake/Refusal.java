package io.trellis.settlement.intake;

/**
 * Why a message can never be applied: it goes to the dead-letter topic with this reason and its original bytes.
 *
 * @param code   a stable code: the chaincode's error code, or one of the intake's own ({@code MALFORMED_NOTICE},
 *               {@code BANK_NOT_SERVED}, ...)
 * @param detail a sentence for the people who look at the dead letters
 */
public record Refusal(String code, String detail) {
    public static final String BANK_NOT_SERVED = "BANK_NOT_SERVED";

    /** The message names a bank whose identity this service does not hold: it cannot sign for it. */
    public static Refusal bankNotServed(String bankId) {
        return new Refusal(BANK_NOT_SERVED, "no settlement identity for bank " + bankId + " here");
    }
}
