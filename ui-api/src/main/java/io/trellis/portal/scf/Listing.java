package io.trellis.portal.scf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** One page of a service's list ({@code {items, page, size, total}}), narrowed by the service to what the caller sees. */
public record Listing<T>(List<T> items, int page, int size, long total) {
    /** The largest page the services answer. */
    public static final int MAX_SIZE = 200;

    public Listing {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * Every item of a list, page by page ({@code pageOf} answers page n at {@link #MAX_SIZE}); stops at the first
     * short or empty page, so a list that shrinks meanwhile cannot loop.
     */
    public static <T> List<T> all(IntFunction<Listing<T>> pageOf) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Listing<T> listing = pageOf.apply(page);
            all.addAll(listing.items());
            if (listing.items().size() < MAX_SIZE || all.size() >= listing.total()) {
                return all;
            }
        }
    }
}
