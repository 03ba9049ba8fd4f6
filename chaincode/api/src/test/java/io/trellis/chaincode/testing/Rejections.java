package io.trellis.chaincode.testing;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;

/** For rule tests that compare outcomes as data: which code a rule rejected with, if any. */
public final class Rejections {

    private Rejections() {
    }

    /** The code of the {@link ChaincodeException} {@code rule} threw, or {@code null} when it passed. */
    public static ErrorCode codeOf(Runnable rule) {
        try {
            rule.run();
            return null;
        } catch (ChaincodeException e) {
            return e.code();
        }
    }
}
