package io.trellis.desk.paging;

import java.util.List;

/** One page of a listing, in a stable order, with the total across all pages. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public Paged {
        items = List.copyOf(items);
    }
}
