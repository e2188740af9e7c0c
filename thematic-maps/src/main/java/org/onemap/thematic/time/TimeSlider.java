package org.onemap.thematic.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;
import org.onemap.thematic.data.FilteredSource;

/**
 * The model behind a time slider for time-stamped data (sensor readings, machinery tracks, harvests):
 * positions {@code 0..positions()-1} step from {@code start} by {@code step}; position {@code i} shows
 * the features whose timestamp lies in {@code [start + i·step, start + i·step + window)}. The window may
 * be longer than the step (trails) or equal to it (disjoint frames). Filtering is pushed to the store as
 * attribute conditions, so a database layer is not read in full for every frame. No UI here: the app's
 * slider binds to {@link #positions()} and asks {@link #at} for the layer to draw.
 */
public final class TimeSlider {
    /** A half-open time window {@code [from, to)}. */
    public record Window(Instant from, Instant to) {
        public boolean contains(Instant t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    private final Instant start;
    private final Instant end;
    private final Duration step;
    private final Duration window;

    /** Positions cover {@code [start, end]}: the last window starts at or before {@code end}. */
    public TimeSlider(Instant start, Instant end, Duration step, Duration window) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) throw new IllegalArgumentException("time slider ends (" + end + ") before it starts (" + start + ")");
        if (step.isZero() || step.isNegative() || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("time slider step and window must be positive");
        }
        this.step = step;
        this.window = window;
    }

    /** A slider over the range of {@code field}'s timestamps in the layer (DATE or TIMESTAMP). */
    public static TimeSlider over(FeatureSource source, String field, Duration step, Duration window) {
        String name = timeField(source, field).name();
        Instant[] range = {null, null};
        source.read(Query.ALL, f -> {
            Instant t = toInstant(f.get(name));
            if (t == null) return;
            if (range[0] == null || t.isBefore(range[0])) range[0] = t;
            if (range[1] == null || t.isAfter(range[1])) range[1] = t;
        });
        if (range[0] == null) throw new IllegalArgumentException("layer '" + source.name() + "' has no " + name + " timestamps");
        return new TimeSlider(range[0], range[1], step, window);
    }

    public int positions() {
        long n = Duration.between(start, end).toNanos() / step.toNanos() + 1;
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    public Window window(int position) {
        if (position < 0 || position >= positions()) {
            throw new IndexOutOfBoundsException("slider position " + position + " outside 0.." + (positions() - 1));
        }
        Instant from = start.plus(step.multipliedBy(position));
        return new Window(from, from.plus(window));
    }

    /** The layer as seen at {@code position}: only features whose {@code field} lies in that window. */
    public FeatureSource at(FeatureSource source, String field, int position) {
        FieldDef def = timeField(source, field);
        Window w = window(position);
        AttributeFilter from = new AttributeFilter(def.name(), AttributeFilter.Op.GE, bound(w.from(), def.type()));
        AttributeFilter to = new AttributeFilter(def.name(), AttributeFilter.Op.LT, bound(w.to(), def.type()));
        return new FilteredSource(source, from, to); // whole-layer extent: the view does not jump as the slider moves
    }

    private static FieldDef timeField(FeatureSource source, String field) {
        FieldDef def = source.schema().field(field).orElseThrow(() -> new IllegalArgumentException(
                "layer '" + source.name() + "' has no field '" + field + "'"));
        if (def.type() != FieldType.TIMESTAMP && def.type() != FieldType.DATE) {
            throw new IllegalArgumentException("field '" + def.name() + "' is " + def.type() + ", not a DATE or TIMESTAMP");
        }
        return def;
    }

    /** Dates are compared as days in UTC+0 (Beijing dates would need the caller's zone; stored dates carry none). */
    private static Object bound(Instant t, FieldType type) {
        return type == FieldType.DATE ? LocalDate.ofInstant(t, ZoneOffset.UTC) : t;
    }

    private static Instant toInstant(Object v) {
        if (v instanceof Instant i) return i;
        if (v instanceof LocalDate d) return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (v instanceof java.util.Date d) return d.toInstant();
        return null;
    }
}
