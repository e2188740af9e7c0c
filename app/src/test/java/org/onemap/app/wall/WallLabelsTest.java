package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onemap.map.render.PlacedLabel;
import org.onemap.map.render.RenderLayer;
import org.onemap.map.render.Viewport;
import org.onemap.map.render.ViewportLabels;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wall draws its map labels at its label scale, laid out (without collisions) at that size. The
 * scale comes from the wall config here: Monocle's screen (1920×1200) cannot hold a 3840×2160 scene;
 * {@link WallLabelScaleTest} checks that 3840×2160 gives 1.8.
 */
@ExtendWith(ApplicationExtension.class)
class WallLabelsTest {
    private final FakeClock clock = new FakeClock();
    private WallWindow wall;

    @BeforeAll
    static void seedOffTheFxThread() {
        WallSeededWorkspace.get();
    }

    @Start
    void start(Stage stage) throws Exception {
        WallConfig base = WallSeededWorkspace.config("labels");
        WallLayout l = base.layout();
        WallConfig config = base.withLayout(new WallLayout(l.sidePanelWidth(), l.clock(), l.ticker(), l.fontSize(), l.cursorIdleSeconds(), 1.8))
                .withPlaylist(List.of(new WallView("overview", null, List.of(), 30)));
        wall = WallSeededWorkspace.show(stage, config, clock);
    }

    @AfterEach
    void tearDown() {
        WallFxWait.onFx(wall::dispose);
    }

    private record Shown(List<RenderLayer> layers, Viewport viewport, List<PlacedLabel> labels) {}

    @Test
    void theWallLaysItsLabelsOutAtItsLabelScale() throws Exception {
        assertEquals(1.8, fx(() -> wall.map().labelScale()), 1e-9, "the wall's label scale from its config");
        AtomicReference<Shown> shown = new AtomicReference<>();
        WallFxWait.until("the theme has arrived and the map labels are laid out for it", 120, () -> {
            if (wall.viewModel().theme().active() == null || !wall.map().labelsSettled() || wall.map().labels().isEmpty()) return false;
            shown.set(new Shown(wall.viewModel().mapLayers().layers(), wall.map().viewportNow(), wall.map().labels()));
            return true;
        });
        Shown s = shown.get();
        assertEquals(ViewportLabels.place(s.layers(), s.viewport(), 1.8), s.labels(),
                "the wall shows the labels laid out at 1.8× for its view");
        List<PlacedLabel> desktopSized = ViewportLabels.place(s.layers(), s.viewport());
        int compared = 0;
        for (PlacedLabel big : s.labels()) {
            for (PlacedLabel small : desktopSized) {
                if (!small.text().equals(big.text()) || !small.layer().equals(big.layer())) continue;
                assertEquals(small.fontSize() * 1.8, big.fontSize(), 1e-9, "font of " + big.text());
                assertTrue(big.box().getWidth() > small.box().getWidth() * 1.6, "box of " + big.text() + " grows with its text");
                compared++;
            }
        }
        assertTrue(compared > 0, "some label is on the map at both sizes");
        for (int i = 0; i < s.labels().size(); i++) {
            for (int j = i + 1; j < s.labels().size(); j++) {
                assertFalse(s.labels().get(i).box().intersects(s.labels().get(j).box()), "labels overlap on the wall");
            }
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
