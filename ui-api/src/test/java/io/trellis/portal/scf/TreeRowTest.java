package io.trellis.portal.scf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeRowTest {
    record Node(String id, String parent) {
    }

    private static List<String> drawn(List<Node> nodes) {
        return TreeRow.depthFirst(nodes, Node::id, Node::parent, Comparator.comparing(Node::id)).stream()
                .map(row -> "  ".repeat(row.depth()) + row.item().id()).toList();
    }

    @Test
    void draws_each_generation_under_its_parent_depth_first_in_creation_order() {
        List<Node> nodes = List.of(new Node("CV-02", "CV"), new Node("CV-01-01", "CV-01"), new Node("CV", null),
                new Node("CV-01", "CV"), new Node("CV-02-01", "CV-02"));

        assertThat(drawn(nodes)).containsExactly("CV", "  CV-01", "    CV-01-01", "  CV-02", "    CV-02-01");
    }

    @Test
    void a_voucher_whose_parent_the_reader_cannot_see_starts_its_own_tree() {
        List<Node> seen = List.of(new Node("CV-02-01", "CV-02"), new Node("CV-02-01-01", "CV-02-01"),
                new Node("CV-03", "CV"));

        assertThat(drawn(seen)).containsExactly("CV-02-01", "  CV-02-01-01", "CV-03");
    }
}
