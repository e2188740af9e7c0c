package org.onemap.app.wall;

import java.time.Instant;
import org.onemap.app.desktop.theme.TimeSliderViewModel;
import org.onemap.thematic.time.TimeSlider;

/**
 * Applies a carousel view's time window to the theme's time slider: once the slider is ready for the
 * newly shown theme (it reads the data's time range in the background), it moves to the week in which
 * the window starts (clamped to the data's range). A view without a window leaves all time shown.
 */
final class CarouselTimeWindow {
    private final TimeSliderViewModel slider;
    private Instant pending;

    CarouselTimeWindow(TimeSliderViewModel slider) {
        this.slider = slider;
        slider.availableProperty().addListener((o, was, now) -> {
            if (now) apply();
        });
    }

    /** The start of the window of the view being shown (null: all time). */
    void request(Instant from) {
        pending = from;
        if (slider.isAvailable()) apply();
    }

    private void apply() {
        Instant from = pending;
        pending = null;
        if (from == null || slider.positions() < 1) return;
        slider.setPosition(positionOf(from));
    }

    private int positionOf(Instant t) {
        int last = slider.positions() - 1;
        for (int p = 0; p <= last; p++) {
            TimeSlider.Window w = slider.window(p);
            if (w.contains(t)) return p;
            if (t.isBefore(w.from())) return p; // before the data: its first week
        }
        return last;
    }
}
