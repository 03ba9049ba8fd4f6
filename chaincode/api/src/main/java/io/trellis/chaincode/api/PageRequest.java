package io.trellis.chaincode.api;

/**
 * Arguments of a paged query.
 *
 * @param pageSize 1 to {@link #MAX_PAGE_SIZE}
 * @param bookmark the previous page's bookmark, or empty for the first page
 */
public record PageRequest(int pageSize, @OpaqueText String bookmark) {
    public static final int MAX_PAGE_SIZE = 200;

    public PageRequest {
        bookmark = bookmark == null ? "" : bookmark;
    }
}
