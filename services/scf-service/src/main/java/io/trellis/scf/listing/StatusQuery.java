package io.trellis.scf.listing;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.desk.problem.ProblemException;
import java.util.Arrays;

/** A listing's {@code ?status=}, read strictly: absent means any status, else exactly one constant's name. */
public final class StatusQuery {

    private StatusQuery() {
    }

    /** The constant's name to filter on, null for "any"; a text that names none of them is 400. */
    public static <E extends Enum<E>> String of(Class<E> statuses, String status) {
        if (status == null) {
            return null;
        }
        E[] constants = statuses.getEnumConstants();
        return Arrays.stream(constants)
                .filter(s -> s.name().equals(status))
                .findFirst()
                .map(Enum::name)
                .orElseThrow(() -> new ProblemException(ErrorCode.INVALID_ARGUMENT,
                        "status '" + status + "' is not one of " + Arrays.toString(constants)));
    }
}
