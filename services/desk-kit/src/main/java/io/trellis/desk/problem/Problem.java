package io.trellis.desk.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.ErrorKind;
import java.util.Locale;

/**
 * An RFC 9457 problem response. {@code code} is the stable error code clients branch on; {@code detail}
 * is for people. Never carries a stack trace, a class name or a secret.
 *
 * @param type          URI naming the kind of problem
 * @param title         short summary of the kind
 * @param status        HTTP status
 * @param detail        what went wrong this time
 * @param code          stable code
 * @param transactionId the Fabric transaction concerned, when one is known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String transactionId) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail) {
        return of(code, detail, null);
    }

    public static Problem of(ErrorCode code, String detail, String transactionId) {
        return of(code.name(), code.kind(), detail, transactionId);
    }

    public static Problem of(ServiceCode code, String detail) {
        return of(code.name(), code.kind(), detail, null);
    }

    /** The one place a code's kind becomes an HTTP status. */
    private static Problem of(String code, ErrorKind kind, String detail, String transactionId) {
        String name = code.toLowerCase(Locale.ROOT).replace('_', '-');
        return new Problem("https://trellis.io/problems/" + name, title(code), kind.httpStatus(), detail, code,
                transactionId);
    }

    private static String title(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
