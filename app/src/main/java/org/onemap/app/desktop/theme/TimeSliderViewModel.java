package org.onemap.app.desktop.theme;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.onemap.app.desktop.Messages;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.FeatureSource;
import org.onemap.thematic.module.Indicator;
import org.onemap.thematic.module.ThemeMap;
import org.onemap.thematic.module.ThematicModule;
import org.onemap.thematic.module.ThematicView;
import org.onemap.thematic.time.TimeSlider;

/**
 * View-model of the time slider under a theme with time-stamped data (网格事件 by {@code reported_at} …):
 * weekly positions over the data's time range (or the saved view's time window), starting on a Monday
 * in Beijing time. Position {@link #ALL} shows all time, as the theme first appears; any other position
 * rebuilds the module's map over the workspace with its time-stamped layers cut to that week
 * ({@link TimeSlider#at}), so points, heat, legend counts and indicators all follow the slider.
 * Frames are built on the background executor; position changes that arrive while one is being built
 * are coalesced, so the map re-renders once per settled position, never once per intermediate step.
 * Play and pause are state only: the view's timer calls {@link #advance()}.
 */
public final class TimeSliderViewModel {
    /** The position that shows all time (no filtering). */
    public static final int ALL = -1;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Duration WEEK = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(TimeSliderViewModel.class.getName());

    /** A layer of the theme and the timestamp field it is cut by. */
    public record TimedLayer(String layer, String field) { }

    private final ThemeViewModel themes;
    private final DataSource workspace;
    private final Messages messages;
    private final Locale locale;
    private final Executor background;
    private final Executor ui;
    private final DateTimeFormatter dates;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyIntegerWrapper positions = new ReadOnlyIntegerWrapper(this, "positions");
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", ALL);
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label", "");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper frames = new ReadOnlyIntegerWrapper(this, "frames");
    private ThematicModule module;
    private TimeSlider slider;
    private List<TimedLayer> timed = List.of();
    private long ticket;
    /** A frame is being built; it or its follow-up will show the newest position. */
    private boolean building;
    private int shown = ALL;

    TimeSliderViewModel(ThemeViewModel themes, DataSource workspace, Messages messages, Executor background, Executor ui) {
        this.themes = themes;
        this.workspace = workspace;
        this.messages = messages;
        this.locale = messages.locale();
        this.background = background;
        this.ui = ui;
        this.dates = DateTimeFormatter.ofPattern(messages.getOr("time.datePattern", "yyyy-MM-dd"), locale);
        // every theme applied or cleared (even the same module again, drawn for all time) starts afresh
        themes.revisionProperty().addListener((o, was, now) -> themeChanged(themes.active()));
    }

    /** Whether the active theme has time-stamped data over more than one week (the slider is shown). */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    public boolean isAvailable() { return available.get(); }

    /** Number of weekly positions; 0 when unavailable. */
    public ReadOnlyIntegerProperty positionsProperty() { return positions.getReadOnlyProperty(); }

    public int positions() { return positions.get(); }

    /** The position shown, {@code 0..positions()-1}, or {@link #ALL}. */
    public ReadOnlyIntegerProperty positionProperty() { return position.getReadOnlyProperty(); }

    public int position() { return position.get(); }

    /** The time window shown, e.g. "2025-03-03 – 2025-03-09", or all time with its range. */
    public ReadOnlyStringProperty labelProperty() { return label.getReadOnlyProperty(); }

    public String label() { return label.get(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    public boolean isPlaying() { return playing.get(); }

    /** Counts frames shown on the map (after their build); tests wait on it. */
    public ReadOnlyIntegerProperty framesProperty() { return frames.getReadOnlyProperty(); }

    /** The time-stamped layers of the active theme, each with its timestamp field; empty when unavailable. */
    public List<TimedLayer> timedLayers() { return timed; }

    /** The window of {@code position}, {@code [from, to)}; null for {@link #ALL} or when unavailable. */
    public TimeSlider.Window window(int position) {
        return slider == null || position == ALL ? null : slider.window(position);
    }

    /** Shows the week at {@code p} (clamped), or all time for {@link #ALL}. */
    public void setPosition(int p) {
        if (!available.get()) return;
        int clamped = p == ALL ? ALL : Math.max(0, Math.min(positions.get() - 1, p));
        if (clamped == position.get()) return;
        position.set(clamped);
        label.set(labelFor(clamped));
        requestFrame();
    }

    /** Back to all time. */
    public void showAll() {
        pause();
        setPosition(ALL);
    }

    /** Starts playing from the first week (or from where it stands, unless that is the last week or all time). */
    public void play() {
        if (!available.get()) return;
        if (position.get() == ALL || position.get() >= positions.get() - 1) setPosition(0);
        playing.set(true);
    }

    public void pause() { playing.set(false); }

    public void togglePlay() {
        if (playing.get()) pause();
        else play();
    }

    /** One tick of play: the next week; pauses on the last. Does nothing unless playing. */
    public void advance() {
        if (!playing.get()) return;
        if (position.get() >= positions.get() - 1) {
            pause();
            return;
        }
        setPosition(position.get() + 1);
        if (position.get() >= positions.get() - 1) pause();
    }

    /** The layer {@code name} as the map shows it at {@code p}: cut to the window when time-stamped. */
    public FeatureSource layerAt(String name, int p) {
        if (slider == null || p == ALL) return workspace.layer(name);
        return new TimeWindowWorkspace(workspace, slider, timed, p).layer(name);
    }

    private void themeChanged(ThematicModule now) {
        long t = ++ticket;
        module = now;
        slider = null;
        timed = List.of();
        building = false;
        shown = ALL;
        playing.set(false);
        position.set(ALL);
        positions.set(0);
        available.set(false);
        label.set("");
        if (now == null) return;
        background.execute(() -> {
            try {
                List<TimedLayer> layers = timedLayers(now);
                TimeSlider s = layers.isEmpty() ? null : weekly(now.defaultView(), layers);
                ui.execute(() -> ready(t, layers, s));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read the time range of theme " + now.id(), e);
            }
        });
    }

    private void ready(long t, List<TimedLayer> layers, TimeSlider s) {
        if (t != ticket || s == null || s.positions() < 2) return;
        slider = s;
        timed = List.copyOf(layers);
        positions.set(s.positions());
        label.set(labelFor(ALL));
        available.set(true);
    }

    /** The module's layers with a TIMESTAMP field, each by its first one (reported_at before closed_at). */
    private List<TimedLayer> timedLayers(ThematicModule m) {
        List<TimedLayer> out = new ArrayList<>();
        for (String name : m.requiredLayers()) {
            if (!workspace.hasLayer(name)) continue;
            for (FieldDef f : workspace.layer(name).schema().fields()) {
                // DATE fields (installed, opened) describe the thing, not an event in time
                if (f.type() == FieldType.TIMESTAMP) {
                    out.add(new TimedLayer(name, f.name()));
                    break;
                }
            }
        }
        return out;
    }

    /** Weeks from the Monday on or before the first timestamp (or the view's start) to the last (or the view's end). */
    private TimeSlider weekly(ThematicView view, List<TimedLayer> layers) {
        Instant first = view.from();
        Instant last = view.to();
        if (first == null || last == null) {
            for (TimedLayer t : layers) {
                Instant[] range = range(workspace.layer(t.layer()), t.field());
                if (range == null) continue;
                if (view.from() == null && (first == null || range[0].isBefore(first))) first = range[0];
                if (view.to() == null && (last == null || range[1].isAfter(last))) last = range[1];
            }
        }
        if (first == null || last == null || last.isBefore(first)) return null;
        Instant monday = first.atZone(BEIJING).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(BEIJING).toInstant();
        // a view's end is exclusive: a window starting exactly there would be empty
        Instant end = view.to() != null && last.equals(view.to()) ? last.minusNanos(1) : last;
        return new TimeSlider(monday, end.isBefore(monday) ? monday : end, WEEK, WEEK);
    }

    private static Instant[] range(FeatureSource source, String field) {
        Instant[] r = {null, null};
        source.read(Query.ALL, f -> {
            if (!(f.get(field) instanceof Instant i)) return;
            if (r[0] == null || i.isBefore(r[0])) r[0] = i;
            if (r[1] == null || i.isAfter(r[1])) r[1] = i;
        });
        return r[0] == null ? null : r;
    }

    private String labelFor(int p) {
        if (slider == null) return "";
        if (p == ALL) {
            TimeSlider.Window firstWeek = slider.window(0);
            TimeSlider.Window lastWeek = slider.window(slider.positions() - 1);
            return messages.format("time.allRange", day(firstWeek.from()), lastDay(lastWeek.to()));
        }
        TimeSlider.Window w = slider.window(p);
        return messages.format("time.window", day(w.from()), lastDay(w.to()));
    }

    private String day(Instant t) {
        return dates.format(t.atZone(BEIJING).toLocalDate());
    }

    /** The last day inside a window ending (exclusively) at {@code to}. */
    private String lastDay(Instant to) {
        LocalDate d = to.minusNanos(1).atZone(BEIJING).toLocalDate();
        return dates.format(d);
    }

    private void requestFrame() {
        if (building) return;   // the frame being built is followed by one for the newest position
        building = true;
        long t = ticket;
        ThematicModule m = module;
        TimeSlider s = slider;
        List<TimedLayer> layers = timed;
        int p = position.get();
        background.execute(() -> {
            try {
                DataSource source = p == ALL ? workspace : new TimeWindowWorkspace(workspace, s, layers, p);
                ThemeMap map = m.map(source, locale);
                List<Indicator> figures = m.indicators(source, locale);
                ui.execute(() -> built(t, m, p, map, figures));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot build the " + m.id() + " map for slider position " + p, e);
                ui.execute(() -> built(t, m, p, null, null));
            }
        });
    }

    private void built(long t, ThematicModule m, int p, ThemeMap map, List<Indicator> figures) {
        if (t != ticket) return;   // another theme meanwhile
        building = false;
        if (map != null && themes.showFrame(m, map, figures)) {
            shown = p;
            frames.set(frames.get() + 1);
        }
        if (position.get() != shown && map != null) requestFrame();
    }
}
