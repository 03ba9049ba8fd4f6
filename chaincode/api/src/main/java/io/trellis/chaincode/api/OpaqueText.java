package io.trellis.chaincode.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks text a client hands back unread, such as a page bookmark (a ledger key, which holds NUL separators):
 * the chaincode's plain-text rule does not apply to it, only its length limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OpaqueText {
}
