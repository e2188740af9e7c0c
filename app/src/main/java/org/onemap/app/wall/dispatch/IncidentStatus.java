package org.onemap.app.wall.dispatch;

import java.util.Locale;

/**
 * Where an incident stands in dispatch: new → assigned → on site → closed, one step at a time.
 * The incident layer keeps the governance theme's three values (待处理 / 处理中 / 已办结), so the
 * theme colours and counts dispatched incidents without knowing about dispatch; the finer
 * assigned / on-site distinction lives in the {@link DispatchLog}.
 */
public enum IncidentStatus {
    NEW("待处理"),
    ASSIGNED("处理中"),
    ON_SITE("处理中"),
    CLOSED("已办结");

    /** The layer's value for a closed incident. */
    public static final String CLOSED_VALUE = "已办结";

    private final String layerValue;

    IncidentStatus(String layerValue) {
        this.layerValue = layerValue;
    }

    /** The value written to the incident layer's {@code status} attribute. */
    public String layerValue() { return layerValue; }

    /** The single next status this one may move to; null for {@link #CLOSED}. */
    public IncidentStatus next() {
        return switch (this) {
            case NEW -> ASSIGNED;
            case ASSIGNED -> ON_SITE;
            case ON_SITE -> CLOSED;
            case CLOSED -> null;
        };
    }

    public boolean canMoveTo(IncidentStatus to) {
        return to != null && to == next();
    }

    /** Lower-case name as the log stores it ({@code on_site}). */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    /** Parses {@link #code()}; null for null. */
    public static IncidentStatus ofCode(String code) {
        return code == null ? null : valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The status a layer value means when the log says nothing about the incident: 处理中 from
     * elsewhere (the seed, another tool) is somebody already working on it, i.e. on site.
     */
    public static IncidentStatus ofLayerValue(Object value) {
        String v = value == null ? "" : value.toString().strip();
        if (CLOSED_VALUE.equals(v)) return CLOSED;
        if ("处理中".equals(v)) return ON_SITE;
        return NEW;
    }
}
