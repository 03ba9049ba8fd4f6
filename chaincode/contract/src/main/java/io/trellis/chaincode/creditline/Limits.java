package io.trellis.chaincode.creditline;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Money;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.api.creditline.CreditLine;
import io.trellis.chaincode.api.creditline.IssuanceLimit;
import io.trellis.chaincode.api.event.CreditLineReleased;
import io.trellis.chaincode.api.event.CreditLineUsed;
import io.trellis.chaincode.api.event.IssuanceLimitReleased;
import io.trellis.chaincode.api.event.IssuanceLimitUsed;
import io.trellis.chaincode.api.limit.SlotAmount;
import io.trellis.chaincode.core.TxContext;
import io.trellis.chaincode.limit.SlottedCounter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/**
 * Takes and gives back the two hot limits of the voucher life cycle, for the contracts that move vouchers:
 * a core enterprise's issuance limit (taken at issue) and a financier's credit line (taken at approval).
 * A use starts at the slot its client chose ({@link TxName#TRANSIENT_SLOT}), else at one its voucher id picks.
 */
public final class Limits {
    private final TxContext ctx;
    private final CreditLineRepository lines;

    public Limits(TxContext ctx) {
        this.ctx = ctx;
        this.lines = new CreditLineRepository(ctx.state());
    }

    /** What one voucher gives back to a limit. */
    public record Release(String voucherId, List<SlotAmount> allocation) {
        public Release {
            allocation = List.copyOf(allocation);
        }
    }

    public List<SlotAmount> takeIssuance(String obligorId, String voucherId, Money amount) {
        IssuanceLimit limit = lines.findIssuance(obligorId).orElseThrow(() -> new ChaincodeException(
                ErrorCode.ISSUANCE_LIMIT_EXCEEDED, "core enterprise " + obligorId + " has no credit line to issue against"));
        CreditLineRules.requireCurrency(limit.limit(), amount.currency());
        List<SlotAmount> allocation = lines.issuanceSlots(obligorId).take(amount.minor(), startSlot(voucherId, limit.slots()),
                limit.slots())
                .orElseThrow(() -> new ChaincodeException(ErrorCode.ISSUANCE_LIMIT_EXCEEDED,
                        "issuing " + amount.minor() + " would exceed the issuance limit of " + obligorId));
        ctx.emit(new IssuanceLimitUsed(obligorId, voucherId, amount));
        return allocation;
    }

    public List<SlotAmount> takeLine(String financierId, String obligorId, String voucherId, Money amount) {
        CreditLine line = lines.line(financierId, obligorId);
        CreditLineRules.requireActive(line);
        CreditLineRules.requireCurrency(line.limit(), amount.currency());
        List<SlotAmount> allocation = lines.lineSlots(financierId, obligorId).take(amount.minor(),
                startSlot(voucherId, line.slots()), line.slots())
                .orElseThrow(() -> new ChaincodeException(ErrorCode.CREDIT_LINE_EXCEEDED,
                        "financing " + amount.minor() + " would exceed credit line " + line.id()));
        ctx.emit(new CreditLineUsed(line.id(), voucherId, amount));
        return allocation;
    }

    private int startSlot(String voucherId, int slots) {
        return SlottedCounter.startSlot(voucherId, slotHint(), slots);
    }

    private OptionalInt slotHint() {
        return ctx.transientValue(TxName.TRANSIENT_SLOT).map(bytes -> {
            String text = new String(bytes, StandardCharsets.US_ASCII);
            try {
                return OptionalInt.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                throw ChaincodeException.invalid("transient '" + TxName.TRANSIENT_SLOT + "' must be an integer, got '" + text + "'");
            }
        }).orElse(OptionalInt.empty());
    }

    /** Gives back several vouchers' issuance shares at once, writing each slot once. */
    public void releaseIssuance(String obligorId, String currency, List<Release> releases) {
        List<Release> nonEmpty = releases.stream().filter(r -> !r.allocation().isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return;
        }
        lines.issuanceSlots(obligorId).release(concat(nonEmpty));
        nonEmpty.forEach(r -> ctx.emit(new IssuanceLimitReleased(obligorId, r.voucherId(),
                Money.of(SlottedCounter.total(r.allocation()), currency))));
    }

    /** Gives back several vouchers' shares of one credit line at once, writing each slot once. */
    public void releaseLine(String financierId, String obligorId, String currency, List<Release> releases) {
        List<Release> nonEmpty = releases.stream().filter(r -> !r.allocation().isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return;
        }
        lines.lineSlots(financierId, obligorId).release(concat(nonEmpty));
        String lineId = CreditLine.idOf(financierId, obligorId);
        nonEmpty.forEach(r -> ctx.emit(new CreditLineReleased(lineId, r.voucherId(),
                Money.of(SlottedCounter.total(r.allocation()), currency))));
    }

    private static List<SlotAmount> concat(List<Release> releases) {
        return releases.stream().flatMap(r -> r.allocation().stream()).toList();
    }
}
