package io.trellis.desk;

/** Body of a write that needs none: absent, empty, or {@code {}} (any field is refused). */
public record EmptyBody() {
}
