package io.trellis.portal.scf;

/**
 * An amount in a request body as the person typed it, decimal text ({@code "1000000.00"}): the service converts it
 * to fen exactly and refuses anything else with a sentence, so the portal neither parses nor rounds it.
 */
public record AmountText(String amount, String currency) {
    public static AmountText cny(String typed) {
        return new AmountText(typed == null ? "" : typed.strip(), "CNY");
    }
}
