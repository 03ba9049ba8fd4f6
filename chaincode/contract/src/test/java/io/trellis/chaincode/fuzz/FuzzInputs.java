package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.fuzz.FuzzInput.Kind;
import io.trellis.chaincode.fuzz.FuzzInput.Mutation;
import io.trellis.chaincode.fuzz.FuzzInput.Shape;
import io.trellis.chaincode.fuzz.FuzzInput.Side;
import io.trellis.chaincode.fuzz.FuzzInput.When;
import io.trellis.chaincode.fuzz.FuzzInput.Who;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The generators of {@link FuzzInput}: mostly the rightful caller with a bent argument, now and then anything. */
final class FuzzInputs {
    /** Longer than any text an argument may hold (1,024 characters). */
    static final String OVER_LONG = "A".repeat(1_025);
    static final String VERY_LONG = "9".repeat(70_000);

    private FuzzInputs() {
    }

    static Arbitrary<FuzzInput> inputs() {
        Arbitrary<Who> who = Arbitraries.frequencyOf(
                Tuple.of(14, Arbitraries.just(Who.RIGHTFUL)),
                Tuple.of(3, Arbitraries.just(Who.OTHER_PARTY)),
                Tuple.of(1, Arbitraries.just(Who.OPERATOR)),
                Tuple.of(1, Arbitraries.just(Who.MEMBER_WITHOUT_PARTY)),
                Tuple.of(1, Arbitraries.just(Who.WRONG_MSP)),
                Tuple.of(1, Arbitraries.just(Who.PENDING_PARTY)));
        Arbitrary<Shape> shape = Arbitraries.frequency(
                Tuple.of(3, Shape.VALID), Tuple.of(14, Shape.MUTATED), Tuple.of(3, Shape.RAW));
        Arbitrary<Side> side = Arbitraries.frequency(
                Tuple.of(16, Side.AS_VALID), Tuple.of(2, Side.SLOT), Tuple.of(1, Side.NO_TERMS), Tuple.of(1, Side.TERMS_TEXT));
        Arbitrary<When> when = Arbitraries.frequency(
                Tuple.of(30, When.AS_VALID), Tuple.of(1, When.A_DAY_EARLIER), Tuple.of(1, When.A_DAY_LATER),
                Tuple.of(1, When.AT_MATURITY), Tuple.of(1, When.YEAR_1), Tuple.of(1, When.YEAR_9999));
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1 << 16),
                Arbitraries.integers().between(0, 1 << 16), hostileText()).as(Mutation::new);
        return Combinators.combine(who, Arbitraries.integers().between(0, 1 << 16), shape,
                mutation.list().ofMinSize(1).ofMaxSize(3), side, hostileText(), when).as(FuzzInput::new);
    }

    /** Text as an attacker writes it: control characters and NUL, lone surrogates, the longest, the empty. */
    static Arbitrary<String> hostileText() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(24)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3)
                        .map(controls -> "CV" + controls + "01")),
                Tuple.of(3, Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofMinLength(16)
                        .ofMaxLength(20)),
                Tuple.of(3, Arbitraries.of("", " ", "\u0000", "\t", "\u007f", "\u0085", "\ud800", "x\udc00y",
                        new String(Character.toChars(Character.MAX_CODE_POINT)), "\u202eRTL", "\ufeffBOM", "中文名称",
                        "9223372036854775808", "-1", "NaN", "null", "{}", "[]", "\"", "\\", "../..", "' OR '1'='1",
                        "%00", "\\u0000", "CNY", "USD", "cny", "2026-02-30", "2026-13-01", "+999999-01-01",
                        OVER_LONG, VERY_LONG)));
    }
}
