package org.onemap.app.wall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The wall's playlist of saved views. {@link #tick()} is called often (each second by the wall's
 * timeline, or by tests with a fake clock); it moves on once the current view has been held its
 * hold time. While {@link #pausedProperty() paused} (an alert is unacknowledged) the view stays and
 * its hold time stops running; on resume the view gets the rest of its hold time.
 */
public final class CarouselViewModel {
    private final List<WallView> playlist;
    private final Clock clock;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<WallView> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused", false);
    private Instant shownAt;
    private Instant pausedAt;

    public CarouselViewModel(List<WallView> playlist, Clock clock) {
        if (playlist.isEmpty()) throw new IllegalArgumentException("a carousel needs at least one view");
        this.playlist = List.copyOf(playlist);
        this.clock = clock;
        this.shownAt = clock.instant();
        current.set(this.playlist.get(0));
        paused.addListener((o, was, now) -> {
            Instant t = clock.instant();
            if (now) {
                pausedAt = t;
            } else if (pausedAt != null) {
                shownAt = shownAt.plus(Duration.between(pausedAt, t)); // the pause does not count as hold time
                pausedAt = null;
            }
        });
    }

    public List<WallView> playlist() { return playlist; }

    public ReadOnlyObjectProperty<WallView> currentProperty() { return current.getReadOnlyProperty(); }

    public WallView current() { return current.get(); }

    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    /** Bound by the wall to "an alert is unacknowledged". */
    public BooleanProperty pausedProperty() { return paused; }

    public boolean isPaused() { return paused.get(); }

    /** Moves on if the current view's hold time is over (at most one step per call). */
    public void tick() {
        if (isPaused()) return;
        Instant now = clock.instant();
        if (Duration.between(shownAt, now).getSeconds() >= current().holdSeconds()) show((index.get() + 1) % playlist.size(), now);
    }

    /** Seconds the current view still holds (its full hold while paused at the start). */
    public long remainingSeconds() {
        Instant now = isPaused() && pausedAt != null ? pausedAt : clock.instant();
        return Math.max(0, current().holdSeconds() - Duration.between(shownAt, now).getSeconds());
    }

    /** Jumps to the view at {@code i} now (operator choice); its hold time starts again. */
    public void showAt(int i) {
        show(Math.floorMod(i, playlist.size()), clock.instant());
    }

    private void show(int i, Instant now) {
        shownAt = now;
        index.set(i);
        current.set(playlist.get(i));
    }
}
