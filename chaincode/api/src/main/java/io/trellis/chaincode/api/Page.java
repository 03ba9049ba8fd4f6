package io.trellis.chaincode.api;

import java.util.List;

/**
 * One page of a query result.
 *
 * @param items    the results of this page
 * @param bookmark where the next page starts; empty when this is the last page
 */
public record Page<T>(List<T> items, String bookmark) {

    public Page {
        items = List.copyOf(items);
        bookmark = bookmark == null ? "" : bookmark;
    }

    public boolean hasMore() {
        return !bookmark.isEmpty();
    }
}
