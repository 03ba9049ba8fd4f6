package io.trellis.chaincode.api.abs;

import io.trellis.chaincode.api.Money;
import java.time.LocalDate;

/**
 * The servicer's figures for one payment date.
 *
 * @param paymentDate        the scheduled payment date being distributed
 * @param collected          cash collected from pool assets since the previous payment date
 * @param defaultedPrincipal cumulative defaulted principal of the pool as of the payment date
 * @param documentHash       SHA-256 of the servicer report document, lower-case hex
 */
public record PaymentPeriod(LocalDate paymentDate, Money collected, Money defaultedPrincipal, String documentHash) {
}
