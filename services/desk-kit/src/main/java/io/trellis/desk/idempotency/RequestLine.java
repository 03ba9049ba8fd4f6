package io.trellis.desk.idempotency;

/** What makes two requests with one key the same request: method, path and the exact body text. */
public record RequestLine(String method, String path, String body) {
}
