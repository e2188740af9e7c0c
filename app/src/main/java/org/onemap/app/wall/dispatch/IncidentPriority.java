package org.onemap.app.wall.dispatch;

import java.util.Map;

/**
 * Priority of an incident from its category: danger to people first (安全隐患, 治安防控), then disputes
 * and residents' requests, then sanitation and illegal building. 1 is most urgent.
 */
public final class IncidentPriority {
    public static final int HIGH = 1, MEDIUM = 2, LOW = 3;
    private static final Map<String, Integer> BY_CATEGORY = Map.of(
            "安全隐患", HIGH, "治安防控", HIGH,
            "矛盾纠纷", MEDIUM, "民生诉求", MEDIUM,
            "环境卫生", LOW, "违章建设", LOW);

    private IncidentPriority() {}

    /** The priority of {@code category}; unknown categories are medium, so they are neither buried nor jump the queue. */
    public static int of(String category) {
        return category == null ? MEDIUM : BY_CATEGORY.getOrDefault(category.strip(), MEDIUM);
    }
}
