package org.onemap.app.wall;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wall's scene holds nothing Prism must draw into an offscreen image every frame: no cached node,
 * no group (or filled and stroked shape) with an opacity below 1, no effect or non-rectangular clip on
 * the map. Those images come from Prism's pool, and a cached one is not returned when its node is
 * replaced; on a 4K wall that changes views and flashes alerts for hours they filled the heap (soak).
 */
@ExtendWith(ApplicationExtension.class)
class WallOffscreenRenderingTest {
    private final FakeClock clock = new FakeClock();
    private WallWindow wall;

    @BeforeAll
    static void seedOffTheFxThread() {
        WallSeededWorkspace.get();
    }

    @Start
    void start(Stage stage) throws Exception {
        wall = WallSeededWorkspace.show(stage, WallSeededWorkspace.config("offscreen"), clock);
    }

    @AfterEach
    void tearDown() {
        WallFxWait.onFx(wall::dispose);
    }

    @Test
    void flashingAlertsRingsAndLabelsAreDrawnDirectly() throws Exception {
        WallFxWait.until("the map has its size", 90, () -> wall.map().toPixel(112.9, 27.8) != null);
        var c = wall.map().toLonLat(wall.map().getWidth() / 2, wall.map().getHeight() / 2);
        var gf = new GeometryFactory();
        double d = 0.01;
        var area = gf.createPolygon(new Coordinate[] {new Coordinate(c.x - d, c.y - d), new Coordinate(c.x + d, c.y - d),
                new Coordinate(c.x + d, c.y + d), new Coordinate(c.x - d, c.y + d), new Coordinate(c.x - d, c.y - d)});
        WallFxWait.onFx(() -> {
            wall.alerts().raise(new Alert("flood:test", AlertKind.FLOOD_WARNING, "洪水预警：测试", area, clock.instant()));
            wall.alerts().raise(new Alert("pest:test", AlertKind.PEST_REPORT, "病虫害上报：测试", gf.createPoint(new Coordinate(c.x, c.y)), clock.instant()));
        });
        WallFxWait.until("the alert is highlighted and ringed", 90,
                () -> wall.map().highlightOverlay().shapeCount() > 0 && wall.alertRings().ringCount() == 2);
        WallFxWait.until("the map has labels", 90, () -> wall.map().lookupAll(".map-label").size() > 0);

        // sample through a few flash and pulse cycles: each phase must be drawn directly
        List<String> offenders = new ArrayList<>();
        for (int i = 0; i < 12 && offenders.isEmpty(); i++) {
            offenders.addAll(WaitForAsyncUtils.asyncFx(() -> offscreen(wall.root(), false)).get(30, TimeUnit.SECONDS));
            Thread.sleep(170);
        }
        assertTrue(offenders.isEmpty(), "drawn offscreen every frame: " + offenders);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> wall.map().highlightOverlay().shapeOpacityProperty().get()).get() <= 1);
    }

    @Test
    void liveMarkersLieBelowTheMapLabels() throws Exception {
        var children = WaitForAsyncUtils.asyncFx(() -> List.copyOf(wall.map().mapView().getChildrenUnmodifiable())).get(30, TimeUnit.SECONDS);
        int markers = children.indexOf(wall.live().markerLayer());
        int labels = children.indexOf(wall.map().lookup("#mapLabels"));
        assertTrue(markers >= 0 && labels > markers, "markers at " + markers + ", labels at " + labels);
    }

    private List<String> offscreen(Node n, boolean inMap) {
        List<String> found = new ArrayList<>();
        if (!n.isVisible() || n.getOpacity() == 0) return found;   // not drawn at all
        boolean map = inMap || n == wall.map();
        String what = n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "") + n.getStyleClass();
        // (a ScrollPane caches its viewport: one long-lived node, its image released on change; not counted)
        if (map && n.isCache()) found.add(what + " cached");
        if (n.getOpacity() < 1 && overlaps(n)) found.add(what + " opacity " + n.getOpacity());
        if (map && n.getEffect() != null) found.add(what + " effect " + n.getEffect().getClass().getSimpleName());
        if (map && n.getClip() != null && !(n.getClip() instanceof Rectangle r && r.getArcWidth() == 0)) found.add(what + " clip");
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) found.addAll(offscreen(child, map));
        }
        return found;
    }

    // Prism draws a node with opacity < 1 offscreen when its own parts overlap (NGNode.hasOverlappingContents)
    private static boolean overlaps(Node n) {
        if (n instanceof Parent p) return p.getChildrenUnmodifiable().size() > 1;
        if (n instanceof Shape s) return s.getFill() != null && s.getStroke() != null;
        return false;
    }
}
