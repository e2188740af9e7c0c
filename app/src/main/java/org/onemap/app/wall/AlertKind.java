package org.onemap.app.wall;

/** What an alert is about; the wall's texts are keyed by {@code alert.<name>}. */
public enum AlertKind {
    SOIL_MOISTURE_LOW, PEST_REPORT, FLOOD_WARNING
}
