package io.trellis.chaincode.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every (from, to) pair of an enum's constants, self-moves included: the input of a state-machine table test. */
public final class EnumPairs {

    private EnumPairs() {
    }

    public static <E extends Enum<E>> Stream<Arguments> of(Class<E> type) {
        List<Arguments> pairs = new ArrayList<>();
        for (E from : type.getEnumConstants()) {
            for (E to : type.getEnumConstants()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }
}
