package io.trellis.portal.desk.operator;

import java.util.List;

/** One page of the party directory ({@code GET /parties}), with what the page's navigation needs. */
public record PartyPage(List<PartyEntry> items, int page, int size, long total) {

    public PartyPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    /** Pages counted from 1, as people count them. */
    public int number() {
        return page + 1;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
