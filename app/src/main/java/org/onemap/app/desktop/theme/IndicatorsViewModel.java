package org.onemap.app.desktop.theme;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.Messages;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.Wording;

/**
 * View-model of the indicators panel: the active module's figures, with the texts the panel shows
 * (title without its source suffix, the value in the UI locale with its unit, and the source note:
 * 合成数据 for generated figures, 2020年人口普查 for census ones). Free of scene-graph classes.
 */
public final class IndicatorsViewModel {
    private final Messages messages;
    private final Locale locale;
    private final ObservableList<Indicator> items = FXCollections.observableArrayList();

    public IndicatorsViewModel(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
    }

    /** The figures shown now, in the module's order; empty without a theme. */
    public ObservableList<Indicator> items() { return items; }

    public void show(List<Indicator> indicators) { items.setAll(indicators); }

    public void clear() { items.clear(); }

    /** The figure's label without the " · 合成数据" / " · 2020年人口普查" suffix, which {@link #note} shows instead. */
    public String title(Indicator i) {
        String label = i.label();
        for (String suffix : List.of(generatedSuffix(), censusSuffix())) {
            if (!suffix.isEmpty() && label.endsWith(suffix)) return label.substring(0, label.length() - suffix.length()).trim();
        }
        return label;
    }

    /** Where the figure comes from: {@code 合成数据} when generated, {@code 2020年人口普查} for census figures, else empty. */
    public String note(Indicator i) {
        if (i.generated()) return messages.get("theme.note.generated");
        if (i.label().endsWith(censusSuffix())) return messages.get("theme.note.census");
        return "";
    }

    /** The value in the UI locale with its unit, e.g. {@code 1,234 亩}; a dash when the figure is unknown (NaN). */
    public String valueText(Indicator i) {
        if (Double.isNaN(i.value()) || Double.isInfinite(i.value())) return "—";
        String v = number(i.value());
        return i.unit().isEmpty() ? v : v + " " + i.unit();
    }

    /** A series value as the chart's tooltip and label show it. */
    public String number(double v) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(Math.abs(v) >= 100 ? 0 : 1);
        return nf.format(v);
    }

    /** How the panel draws the figure: its chart when it has a series, else a value tile ({@link Indicator.Chart#NONE}). */
    public Indicator.Chart chart(Indicator i) {
        return i.series().isEmpty() ? Indicator.Chart.NONE : i.chart();
    }

    /** How many of the shown figures get a chart. */
    public long charts() {
        return items.stream().filter(i -> chart(i) != Indicator.Chart.NONE).count();
    }

    private String generatedSuffix() {
        return Wording.generated(locale, "", "");
    }

    private String censusSuffix() {
        return Wording.census(locale, "", "");
    }
}
