package io.trellis.chaincode.api.history;

import java.util.List;

/**
 * Arguments of {@code GetHistory}: a key type (e.g. {@code voucher}, {@code credit-line}) and its attributes
 * as in docs/domain.md's key layout.
 */
public record HistoryRequest(String type, List<String> attributes) {
}
