package io.trellis.abs.desk;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant named in a path (a tranche class, an attestation kind), read by its exact name like a body's:
 * anything else is a 400 problem naming the constants, not the bare 404 JAX-RS gives a path it cannot convert.
 */
public final class PathEnums {

    private PathEnums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String segment, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(segment))
                .findFirst()
                .orElseThrow(() -> new ProblemException(ErrorCode.INVALID_ARGUMENT, name + " in the path must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
