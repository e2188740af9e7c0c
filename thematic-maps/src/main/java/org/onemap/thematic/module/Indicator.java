package org.onemap.thematic.module;

import java.util.List;
import java.util.Objects;

/**
 * One figure of a module's indicators panel: a label, its value and unit, whether it comes from
 * generated data (the panel must say so), and optionally a chart series as plain values (the app
 * draws it with JavaFX charts; this engine has no JavaFX).
 *
 * @param chart  how the series is best shown; {@link Chart#NONE} when {@code series} is empty
 * @param series chart data in display order (crop → mu, status → count …)
 */
public record Indicator(String id, String label, double value, String unit, boolean generated, Chart chart, List<Datum> series) {
    /** Chart kinds the indicators panel knows. */
    public enum Chart { NONE, BAR, PIE }

    /** One category of a series. */
    public record Datum(String label, double value) {}

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        unit = unit == null ? "" : unit;
        chart = chart == null ? Chart.NONE : chart;
        series = List.copyOf(series);
    }

    /** A single figure without chart. */
    public static Indicator figure(String id, String label, double value, String unit, boolean generated) {
        return new Indicator(id, label, value, unit, generated, Chart.NONE, List.of());
    }
}
