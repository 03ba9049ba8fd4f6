package io.trellis.portal.scf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One line of a tree drawn top-down (a voucher lineage: the issued root, then each generation indented under its
 * parent): the item and how deep it sits, 0 for a root.
 */
public record TreeRow<T>(T item, int depth) {

    /**
     * The items as a tree in depth-first order, children after their parent in {@code order}. An item whose parent
     * is absent from {@code items} (not visible to the reader, or the root) starts a tree of its own.
     */
    public static <T> List<TreeRow<T>> depthFirst(List<T> items, Function<T, String> id, Function<T, String> parentId,
            Comparator<T> order) {
        Set<String> present = new HashSet<>();
        items.forEach(item -> present.add(id.apply(item)));
        Map<String, List<T>> children = new HashMap<>();
        List<T> roots = new ArrayList<>();
        items.stream().sorted(order).forEach(item -> {
            String parent = parentId.apply(item);
            if (parent == null || !present.contains(parent)) {
                roots.add(item);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(item);
            }
        });
        List<TreeRow<T>> rows = new ArrayList<>();
        roots.forEach(root -> walk(root, 0, id, children, rows));
        return rows;
    }

    private static <T> void walk(T item, int depth, Function<T, String> id, Map<String, List<T>> children,
            List<TreeRow<T>> rows) {
        rows.add(new TreeRow<>(item, depth));
        for (T child : children.getOrDefault(id.apply(item), List.of())) {
            walk(child, depth + 1, id, children, rows);
        }
    }

    /** The items grouped by a key in first-seen order (e.g. a supplier's vouchers by the root they come from). */
    public static <T> Map<String, List<T>> groupedBy(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return groups;
    }
}
