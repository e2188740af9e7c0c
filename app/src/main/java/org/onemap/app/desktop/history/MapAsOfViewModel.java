package org.onemap.app.desktop.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.MainViewModel;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.core.history.FeatureHistory;
import org.onemap.core.spi.FeatureSource;

/**
 * View-model of "map as of a date": a date, a time of day and the layers to turn back; {@link #apply()}
 * makes the map, table and identify show those layers as they were then (read-only, with a banner),
 * {@link #returnToNow()} brings the live layers back.
 */
public final class MapAsOfViewModel {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    /** A layer that can be turned back, and whether it is. */
    public record LayerChoice(String name, String title, BooleanProperty chosen) {
        @Override
        public String toString() { return title; }
    }

    private final MainViewModel main;
    private final FeatureHistory history;
    private final HistoryTexts texts;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time", "12:00");
    private final ObservableList<LayerChoice> layers = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Instant> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    public MapAsOfViewModel(MainViewModel main, FeatureHistory history, HistoryTexts texts) {
        this.main = main;
        this.history = history;
        this.texts = texts;
        date.set(LocalDate.now(texts.zone()));
    }

    /**
     * Lists the workspace's layers, the visible ones chosen (and the attribute table's, so the parcels
     * turn back when the table shows them); call before showing the dialog.
     */
    public void refreshLayers() {
        List<LayerChoice> out = new ArrayList<>();
        LayerItem tableLayer = main.table().getLayer();
        for (LayerItem i : main.layers().items()) {
            boolean chosen = i.isVisible() || i == tableLayer;
            out.add(new LayerChoice(i.name(), i.title(), new SimpleBooleanProperty(chosen)));
        }
        layers.setAll(out);
    }

    /** Sets date and time from an instant (in the view's time zone), to the minute. */
    public void setInstant(Instant at) {
        var local = at.atZone(texts.zone());
        date.set(local.toLocalDate());
        time.set(HH_MM.format(local.toLocalTime()));
    }

    /** The instant the date and time fields name, or null with {@link #errorProperty()} set. */
    Instant chosenInstant() {
        if (date.get() == null) {
            error.set(texts.messages().get("asof.error.date"));
            return null;
        }
        LocalTime t;
        try {
            t = LocalTime.parse(time.get() == null ? "" : time.get().trim(), HH_MM);
        } catch (DateTimeException e) {
            error.set(texts.messages().format("asof.error.time", time.get()));
            return null;
        }
        return date.get().atTime(t).atZone(texts.zone()).toInstant();
    }

    /** Shows the chosen layers as of the chosen instant; false (with {@link #errorProperty()}) when it cannot. */
    public boolean apply() {
        error.set("");
        Instant at = chosenInstant();
        return at != null && showAsOf(at);
    }

    /** Shows the chosen layers as of {@code at} (to the nanosecond; the fields only name minutes). */
    public boolean showAsOf(Instant at) {
        error.set("");
        if (at.isAfter(Instant.now())) {
            error.set(texts.messages().get("asof.error.future"));
            return false;
        }
        Map<String, FeatureSource> past = new LinkedHashMap<>();
        try {
            for (LayerChoice c : layers) if (c.chosen().get()) past.put(c.name(), history.asOf(c.name(), at));
        } catch (RuntimeException e) {
            error.set(texts.messages().format("history.error", e.getMessage()));
            return false;
        }
        if (past.isEmpty()) {
            error.set(texts.messages().get("asof.error.noLayer"));
            return false;
        }
        main.showPast(past);
        shown.set(at);
        banner.set(texts.messages().format("asof.banner", texts.minute(at)));
        active.set(true);
        return true;
    }

    /** Back to the live layers. */
    public void returnToNow() {
        if (!active.get()) return;
        main.showPast(Map.of());
        shown.set(null);
        banner.set("");
        active.set(false);
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }

    /** Time of day as {@code HH:mm}. */
    public StringProperty timeProperty() { return time; }

    public ObservableList<LayerChoice> layers() { return layers; }

    /** True while the map shows the past. */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    /** "历史视图 2026-11-20 14:00 — 只读" while active, else empty. */
    public ReadOnlyStringProperty bannerProperty() { return banner.getReadOnlyProperty(); }

    /** Why the last {@link #apply()} did nothing; empty when it worked. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** The instant shown, null when showing now. */
    public ReadOnlyObjectProperty<Instant> shownProperty() { return shown.getReadOnlyProperty(); }
}
