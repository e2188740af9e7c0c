package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onemap.app.desktop.theme.TimeSliderView;
import org.onemap.app.desktop.theme.TimeSliderViewModel;
import org.onemap.core.feature.Query;
import org.onemap.map.render.RenderLayer;
import org.onemap.thematic.render.LayerOverlay;
import org.onemap.thematic.time.TimeSlider;
import org.testfx.api.FxRobot;

/**
 * The time slider in the main window on the seeded H2GIS workspace: 乡村治理 shows it, moving it cuts
 * the incident points on the map to that week, and 清除专题 hides it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeTimeSliderTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;

    @BeforeAll
    void open() throws Exception {
        window = SeededMainWindow.open(1400, 900);
        FxWait.tilesLoaded(window.map());
    }

    @AfterAll
    void close() throws Exception {
        SeededMainWindow.close(window);
    }

    private RenderLayer incidentPoints() {
        AtomicReference<RenderLayer> out = new AtomicReference<>();
        FxWait.onFx(() -> window.viewModel().theme().overlays().stream()
                .filter(o -> o instanceof LayerOverlay l && l.layer().name().equals("incident"))
                .findFirst().ifPresent(o -> out.set(((LayerOverlay) o).layer())));
        assertTrue(out.get() != null, "governance should draw the incident points over the map");
        return out.get();
    }

    private static long incidentsIn(TimeSlider.Window w) {
        long[] n = {0};
        SeededWorkspace.get().layer("incident").read(Query.ALL, f -> {
            if (f.get("reported_at") instanceof Instant t && w.contains(t)) n[0]++;
        });
        return n[0];
    }

    @Test
    void governanceShowsTheSliderWhichCutsTheIncidentsToAWeekAndClearingHidesIt() {
        var theme = window.viewModel().theme();
        TimeSliderViewModel time = theme.timeSlider();
        FxWait.onFx(() -> theme.select("governance"));
        FxWait.until("乡村治理 is shown with its time slider", () -> theme.active() != null && time.isAvailable());
        FxWait.until("the theme panel is in the window", () -> window.themePanel().getScene() != null);
        Node row = robot.lookup("#timeSlider").query();
        assertTrue(row.isVisible() && row.getScene() != null, "the time slider row should be shown for 乡村治理");
        long all = SeededWorkspace.get().layer("incident").count(Query.ALL);
        assertEquals(all, incidentPoints().source().count(Query.ALL), "the theme first shows all time");

        int week = time.positions() / 2;
        int framesBefore = time.framesProperty().get();
        TimeSliderView view = window.themePanel().timeSlider();
        FxWait.onFx(() -> view.slider().setValue(week));
        FxWait.until("the frame for week " + week + " is shown", () -> time.framesProperty().get() > framesBefore
                && time.position() == week);
        long expected = incidentsIn(time.window(week));
        assertTrue(expected > 0 && expected < all, "the middle week should hold some incidents, not all: " + expected);
        assertEquals(expected, incidentPoints().source().count(Query.ALL),
                "the map's incident points should be those reported in " + time.label());
        String shownLabel = ((Label) robot.lookup("#timeSliderLabel").query()).getText();
        assertEquals(time.label(), shownLabel);
        assertTrue(shownLabel.matches("\\d{4}-\\d{2}-\\d{2} 至 \\d{4}-\\d{2}-\\d{2}"), "the label names the week's days: " + shownLabel);
        FxWait.until("the overlays are drawn for the week", () -> window.map().themeOverlaySettled());

        robot.clickOn("#toolThemeClear");
        FxWait.until("the theme is cleared", () -> theme.active() == null);
        assertFalse(time.isAvailable(), "no slider in the plain view");
        assertFalse(row.isVisible() && row.getScene() != null, "the time slider row should be hidden after 清除专题");
    }
}
