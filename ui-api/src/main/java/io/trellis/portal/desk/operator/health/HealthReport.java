package io.trellis.portal.desk.operator.health;

import io.trellis.portal.desk.operator.health.HealthTarget.Group;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Every component's health at one moment, by section, as the health page shows it. */
public record HealthReport(List<ComponentHealth> components, OffsetDateTime checkedAt, long millis) {

    /** One section of the page and its components. */
    public record Section(Group group, List<ComponentHealth> components) {
    }

    public HealthReport {
        components = List.copyOf(components);
    }

    public List<Section> sections() {
        return Arrays.stream(Group.values())
                .map(group -> new Section(group, components.stream().filter(c -> c.target().group() == group).toList()))
                .filter(section -> !section.components().isEmpty()).toList();
    }

    public long up() {
        return components.stream().filter(ComponentHealth::up).count();
    }

    public int total() {
        return components.size();
    }

    public boolean allUp() {
        return up() == total();
    }
}
