package io.trellis.chaincode.fuzz;

import static io.trellis.chaincode.testing.ScfWorld.START;

import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.TxName;
import io.trellis.chaincode.core.Caller;
import io.trellis.chaincode.fuzz.ArgumentBender.Argument;
import io.trellis.chaincode.fuzz.FuzzInput.Side;
import io.trellis.chaincode.testing.Callers;
import io.trellis.chaincode.testing.ChaincodeHarness;
import io.trellis.chaincode.testing.ScfWorld;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs fuzz inputs against one transaction on a {@link FuzzWorld} and checks what no input may break:
 * <ol>
 *   <li>the chaincode answers every input with success or a typed refusal, never INTERNAL_ERROR;</li>
 *   <li>a refused call leaves world state, private data and events exactly as they were, and so does any query;</li>
 *   <li>a document the strict reader must refuse is never accepted;</li>
 *   <li>a call that succeeded, sent again, is refused or idempotent as its {@link TxSpec.Replay} rule says: never a
 *   second effect.</li>
 * </ol>
 */
final class TransactionFuzzer {
    /** A world past this many keys is replaced by a new one, so a try stays cheap. */
    private static final int MAX_KEYS = 600;
    private static final List<Caller> OPERATORS = List.of(Callers.PLATFORM_OPERATOR, Callers.BANK_OPERATOR,
            Callers.SECURITIES_OPERATOR);
    private static final List<String> PARTIES = List.of(ScfWorld.CORE, ScfWorld.TIER1, ScfWorld.TIER2, ScfWorld.BANK,
            ScfWorld.BANK2, ScfWorld.SECURITIES, ScfWorld.INVESTOR, ScfWorld.SERVICER, ScfWorld.AUDITOR, ScfWorld.CORE2,
            ScfWorld.INVESTOR2, ScfWorld.RATER);

    private final TxSpec spec;
    private FuzzWorld world = new FuzzWorld();
    /** The ledger before the try: retaken whenever something was committed since (a fixture, a success). */
    private LedgerImage image;
    private final Tally tally = new Tally();

    TransactionFuzzer(String transaction) {
        this.spec = TxSpecs.of(transaction);
    }

    /** Counts of what the tries did, to show the valid calls still reach the rules. */
    static final class Tally {
        int tries;
        int accepted;
        int refused;
        int replays;
        final Map<ErrorCode, Integer> codes = new HashMap<>();

        @Override
        public String toString() {
            return "tries=" + tries + " accepted=" + accepted + " refused=" + refused + " replays=" + replays
                    + " codes=" + codes;
        }
    }

    Tally tally() {
        return tally;
    }

    String name() {
        return spec.name();
    }

    void run(FuzzInput input) {
        if (world.ledger().state().size() > MAX_KEYS) {
            world = new FuzzWorld();
            image = null;
        }
        ValidCall valid = spec.validCall(world);
        Caller caller = caller(input, valid);
        Argument argument = ArgumentBender.argument(valid, input, world.knownIds());
        Argument terms = valid.terms() == null ? null : ArgumentBender.terms(valid.terms(), input, world.knownIds());
        Map<String, byte[]> transientData = transientData(input, terms);
        Instant at = time(input, valid.at());
        Call call = new Call(caller, argument.text(), transientData, at);
        Optional<String> mustRefuse = argument.mustRefuse().or(() -> terms == null || !transientData.containsKey(
                TxName.TRANSIENT_TERMS) ? Optional.empty() : terms.mustRefuse());

        if (image == null || image.outdatedBy(world.ledger())) {
            image = LedgerImage.of(world.ledger());
        }
        tally.tries++;
        ChaincodeHarness.Result result = submit(call);
        ChaincodeError error = answerOf(call, result);
        if (error != null) {
            tally.refused++;
            tally.codes.merge(error.code(), 1, Integer::sum);
            unchanged(call, "a refused call (" + error.code() + ")");
            return;
        }
        tally.accepted++;
        if (mustRefuse.isPresent()) {
            throw violation(call, "accepted " + mustRefuse.get() + ", which the strict reader must refuse", result);
        }
        if (spec.replay() == TxSpec.Replay.QUERY) {
            unchanged(call, "a query");
            return;
        }
        if (spec.replay().consumes()) {
            world.consume(spec.name(), spec.staleTries());
        }
        replay(call, result);
    }

    private void replay(Call call, ChaincodeHarness.Result first) {
        LedgerImage afterFirst = LedgerImage.of(world.ledger());
        int firstAdded = image.keysAddedBy(world.ledger());
        tally.replays++;
        ChaincodeHarness.Result again = submit(call);
        ChaincodeError error = answerOf(call, again);
        Optional<String> change = afterFirst.differenceFrom(world.ledger());
        switch (spec.replay()) {
            case REFUSED -> {
                if (error == null) {
                    throw violation(call, "the same call succeeded twice (docs: a replay is refused)", again);
                }
            }
            case IDEMPOTENT -> {
                if (error != null) {
                    throw violation(call, "a replay was refused with " + error.code() + " (docs: idempotent)", again);
                }
                if (change.isPresent()) {
                    throw violation(call, "a replay changed the ledger (docs: writes nothing): " + change.get(), again);
                }
            }
            case REPLACES -> {
                if (error == null && afterFirst.keysAddedBy(world.ledger()) != 0) {
                    throw violation(call, "a replay made a new record (docs: it replaces): " + change.orElse(""), again);
                }
            }
            case NEW_RECORD -> {
                if (error == null && afterFirst.keysAddedBy(world.ledger()) != firstAdded) {
                    throw violation(call, "a replay added " + afterFirst.keysAddedBy(world.ledger())
                            + " keys where the first call added " + firstAdded, again);
                }
            }
            case NEXT_DATE -> {
                if (error == null && paymentDate(first).equals(paymentDate(again))) {
                    throw violation(call, "a replay ran payment date " + paymentDate(first) + " again", again);
                }
            }
            case QUERY -> throw new IllegalStateException("queries are not replayed");
        }
        if (error != null && change.isPresent()) {
            throw violation(call, "a refused replay changed the ledger: " + change.get(), again);
        }
    }

    private static String paymentDate(ChaincodeHarness.Result result) {
        return JsonMutator.tree(new String(result.response().getPayload(), StandardCharsets.UTF_8))
                .path("report").path("paymentDate").asText();
    }

    private record Call(Caller caller, String argument, Map<String, byte[]> transientData, Instant at) {
    }

    private ChaincodeHarness.Result submit(Call call) {
        world.ledger().setClock(call.at());
        try {
            return world.chain.submit(call.caller(), spec.name(), call.argument(), call.transientData());
        } finally {
            world.ledger().setClock(START);
        }
    }

    /** The typed refusal, or null on success; anything else breaks property 1. */
    private ChaincodeError answerOf(Call call, ChaincodeHarness.Result result) {
        if (result.ok()) {
            return null;
        }
        ChaincodeError error;
        try {
            error = JsonCodec.fromJson(result.response().getMessage(), ChaincodeError.class);
        } catch (RuntimeException e) {
            throw violation(call, "the refusal is not a ChaincodeError", result);
        }
        if (error.code() == null || error.code() == ErrorCode.INTERNAL_ERROR) {
            throw violation(call, "answered " + error.code(), result);
        }
        return error;
    }

    private void unchanged(Call call, String what) {
        Optional<String> change = image.differenceFrom(world.ledger());
        if (change.isPresent()) {
            throw violation(call, what + " changed the ledger: " + change.get(), null);
        }
    }

    private AssertionError violation(Call call, String what, ChaincodeHarness.Result result) {
        String answer = result == null ? "" : result.ok()
                ? "success " + shorten(new String(result.response().getPayload(), StandardCharsets.UTF_8))
                : result.response().getMessage();
        return new AssertionError(spec.name() + ": " + what + "\n  caller: " + call.caller()
                + "\n  argument: " + shorten(call.argument()) + "\n  transient: " + transientText(call.transientData())
                + "\n  at: " + call.at() + "\n  answer: " + answer);
    }

    private static String transientText(Map<String, byte[]> data) {
        StringBuilder out = new StringBuilder("{");
        data.forEach((k, v) -> out.append(k).append('=').append(shorten(new String(v, StandardCharsets.UTF_8))).append(' '));
        return out.append('}').toString();
    }

    private static String shorten(String text) {
        if (text == null) {
            return "(none)";
        }
        String shown = LedgerImage.printable(text);
        return shown.length() > 400 ? shown.substring(0, 400) + "… (" + shown.length() + " chars)" : shown;
    }

    private Caller caller(FuzzInput input, ValidCall valid) {
        int pick = input.whoPick();
        return switch (input.who()) {
            case RIGHTFUL -> valid.caller();
            case OTHER_PARTY -> ScfWorld.as(PARTIES.get(pick % PARTIES.size()));
            case OPERATOR -> OPERATORS.get(pick % OPERATORS.size());
            case MEMBER_WITHOUT_PARTY -> pick % 2 == 0 ? Callers.PLATFORM_CLIENT
                    : Callers.member(OPERATORS.get(pick % 3).mspId(), "fuzz" + pick % 5);
            case WRONG_MSP -> new Caller(OPERATORS.get(pick % 3).mspId().equals(valid.caller().mspId())
                    ? OPERATORS.get((pick + 1) % 3).mspId() : OPERATORS.get(pick % 3).mspId(),
                    valid.caller().certificateId(), valid.caller().operator());
            case PENDING_PARTY -> ScfWorld.as(ScfWorld.PENDING_SUPPLIER);
        };
    }

    private static Map<String, byte[]> transientData(FuzzInput input, Argument terms) {
        Map<String, byte[]> data = new HashMap<>();
        if (terms != null && input.side() != Side.NO_TERMS) {
            String text = input.side() == Side.TERMS_TEXT ? input.sideText() : terms.text();
            data.put(TxName.TRANSIENT_TERMS, text.getBytes(StandardCharsets.UTF_8));
        }
        if (input.side() == Side.SLOT) {
            data.put(TxName.TRANSIENT_SLOT, slotText(input).getBytes(StandardCharsets.UTF_8));
        }
        return data;
    }

    private static String slotText(FuzzInput input) {
        List<String> slots = List.of("0", "31", "32", "-1", "-2147483648", "2147483648", "9223372036854775807",
                "99999999999999999999", "1.5", "1e3", " 7", "");
        int pick = input.whoPick() % (slots.size() + 1);
        return pick == slots.size() ? input.sideText() : slots.get(pick);
    }

    private static Instant time(FuzzInput input, Instant valid) {
        return switch (input.when()) {
            case AS_VALID -> valid;
            case A_DAY_EARLIER -> valid.minus(1, ChronoUnit.DAYS);
            case A_DAY_LATER -> valid.plus(1, ChronoUnit.DAYS);
            case AT_MATURITY -> ScfWorld.AT_MATURITY;
            case YEAR_1 -> Instant.parse("0001-01-01T00:00:00Z");
            case YEAR_9999 -> Instant.parse("9999-12-31T23:59:59Z");
        };
    }
}
