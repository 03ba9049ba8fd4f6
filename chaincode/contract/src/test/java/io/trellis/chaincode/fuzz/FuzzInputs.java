package io.trellis.chaincode.fuzz;

import io.trellis.chaincode.fuzz.FuzzInput.Kind;
import io.trellis.chaincode.fuzz.FuzzInput.Mutation;
import io.trellis.chaincode.fuzz.FuzzInput.Shape;
import io.trellis.chaincode.fuzz.FuzzInput.Side;
import io.trellis.chaincode.fuzz.FuzzInput.When;
import io.trellis.chaincode.fuzz.FuzzInput.Who;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator of {@link FuzzInput}: mostly the rightful caller with a bent argument, now and then anything. Every
 * draw comes from the given random source alone, so a seed reproduces the same inputs.
 */
final class FuzzInputs {
    /** Longer than any text an argument may hold (1,024 characters). */
    static final String OVER_LONG = "A".repeat(1_025);
    static final String VERY_LONG = "9".repeat(70_000);
    /** Picks and variants are taken modulo whatever they index, so this range fits any list the world offers. */
    private static final int MAX_PICK = 1 << 16;
    private static final int SMALL_PICKS = 32;
    /** Picks at the ends of their range, drawn now and then beside the uniform ones. */
    private static final int[] EDGE_PICKS = {0, 1, 2, MAX_PICK - 1, MAX_PICK};
    /** Characters an attacker reaches for: NUL, controls, DEL, lone surrogates, the last char. */
    private static final char[] EDGE_CHARS = {'\u0000', '\u001f', ' ', '\u007f', '\u0085', '\ud800', '\udfff', '\uffff'};
    private static final String ID_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> KNOWN_HOSTILE = List.of("", " ", "\u0000", "\t", "\u007f", "\u0085", "\ud800",
            "x\udc00y", new String(Character.toChars(Character.MAX_CODE_POINT)), "\u202eRTL", "\ufeffBOM", "中文名称",
            "9223372036854775808", "-1", "NaN", "null", "{}", "[]", "\"", "\\", "../..", "' OR '1'='1", "%00", "\\u0000",
            "CNY", "USD", "cny", "2026-02-30", "2026-13-01", "+999999-01-01", OVER_LONG, VERY_LONG);

    private static final Weighted<Who> WHO = Weighted.of(14, Who.RIGHTFUL).or(3, Who.OTHER_PARTY).or(1, Who.OPERATOR)
            .or(1, Who.MEMBER_WITHOUT_PARTY).or(1, Who.WRONG_MSP).or(1, Who.PENDING_PARTY);
    private static final Weighted<Shape> SHAPE = Weighted.of(3, Shape.VALID).or(14, Shape.MUTATED).or(3, Shape.RAW);
    private static final Weighted<Side> SIDE = Weighted.of(16, Side.AS_VALID).or(2, Side.SLOT).or(1, Side.NO_TERMS)
            .or(1, Side.TERMS_TEXT);
    private static final Weighted<When> WHEN = Weighted.of(30, When.AS_VALID).or(1, When.A_DAY_EARLIER)
            .or(1, When.A_DAY_LATER).or(1, When.AT_MATURITY).or(1, When.YEAR_1).or(1, When.YEAR_9999);
    /** Text as an attacker writes it: control characters and NUL, lone surrogates, the longest, the empty. */
    private static final Weighted<String> HOSTILE_TEXT = Weighted.ofDrawn(4, r -> anyChars(r, shortLeaning(r, 24)))
            .orDrawn(2, r -> "CV" + controls(r, 1 + r.nextInt(3)) + "01")
            .orDrawn(3, r -> idLike(r, 16 + r.nextInt(5)))
            .orDrawn(3, r -> KNOWN_HOSTILE.get(r.nextInt(KNOWN_HOSTILE.size())));

    private FuzzInputs() {
    }

    static FuzzInput next(SplittableRandom random) {
        Who who = WHO.next(random);
        int whoPick = pick(random);
        Shape shape = SHAPE.next(random);
        int count = 1 + shortLeaning(random, 2);
        List<Mutation> mutations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mutations.add(new Mutation(Kind.values()[random.nextInt(Kind.values().length)], pick(random), pick(random),
                    hostileText(random)));
        }
        return new FuzzInput(who, whoPick, shape, List.copyOf(mutations), SIDE.next(random), hostileText(random),
                WHEN.next(random));
    }

    static String hostileText(SplittableRandom random) {
        return HOSTILE_TEXT.next(random);
    }

    /**
     * A length or count in 0..max that leans short: half the draws are among the shortest fifth (the empty text and
     * the single mutation come up often), the rest anywhere in the range.
     */
    private static int shortLeaning(SplittableRandom random, int max) {
        return random.nextBoolean() ? random.nextInt(max / 5 + 1) : random.nextInt(max + 1);
    }

    /**
     * A pick in 0..2^16: one draw in twenty at an end of the range, one in four small (the first values, objects and
     * ids of a document), the rest uniform.
     */
    private static int pick(SplittableRandom random) {
        int kind = random.nextInt(20);
        return kind == 0 ? EDGE_PICKS[random.nextInt(EDGE_PICKS.length)]
                : kind <= 5 ? random.nextInt(SMALL_PICKS) : random.nextInt(MAX_PICK + 1);
    }

    /** Any UTF-16 units, surrogate halves included, with edge characters drawn more often. */
    private static String anyChars(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(8) == 0 ? EDGE_CHARS[random.nextInt(EDGE_CHARS.length)]
                    : (char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }

    private static String controls(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x20));
        }
        return text.toString();
    }

    private static String idLike(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return text.toString();
    }
}
