package org.onemap.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.onemap.app.desktop.layers.LayerItem;
import org.onemap.app.desktop.raster.GeneratedRasters;
import org.onemap.app.desktop.raster.RasterLayerItem;
import org.onemap.app.desktop.raster.RasterLayers;
import org.onemap.map.raster.ColorRamp;
import org.onemap.map.raster.GeoRaster;
import org.onemap.map.raster.RasterLayerRenderer;
import org.onemap.map.render.RenderOptions;
import org.onemap.map.render.Viewport;
import org.onemap.map.tiles.TileSourceRegistry;
import org.testfx.api.FxRobot;

/**
 * Raster layers in the main window on the seeded workspace, with the generator's synthetic NDVI and
 * DEM: the NDVI appears under 遥感影像 and the map shows NDVI green where the generator put dense
 * vegetation; opacity 0 hides it; a swipe at 50 % shows NDVI left and the DEM right of the divider;
 * a truncated TIFF brings an error naming it and the window carries on. Pixels are read from
 * snapshots of the map.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RasterLayersWindowTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private RasterLayers rasters;
    /** A lon/lat where the NDVI is ≥ 0.7 over a block of cells (forest or a green crop). */
    private double[] green;

    @BeforeAll
    void open() throws Exception {
        GeneratedRasters.folder();
        window = SeededMainWindow.open(1600, 1000);
        rasters = window.rasters();
        FxWait.tilesLoaded(window.map());
    }

    @AfterAll
    void close() throws Exception {
        if (rasters != null && rasters.lastAlert() != null) FxWait.onFx(rasters.lastAlert()::close);
        SeededMainWindow.close(window);
    }

    @Test
    @Order(1)
    void theNdviAppearsUnderRemoteSensingAndTheMapShowsItsGreenBeneathTheVectorLayers() throws Exception {
        FxWait.onFx(() -> rasters.add(List.of(GeneratedRasters.ndvi())));
        FxWait.until("the NDVI is listed", () -> robot.lookup("#raster-xiangtan_ndvi_synthetic").tryQuery().isPresent());
        assertEquals("遥感影像", robot.lookup("#rasterGroup").queryAs(javafx.scene.control.TreeCell.class).getText().substring(0, 4),
                "the rows sit under the 遥感影像 group");
        RasterLayerItem ndvi = rasters.model().items().get(0);
        assertSame(ndvi, rasters.model().getSelected());

        // drawn beneath Gluon's base map, whose tiles turn transparent over rasters
        assertEquals("rasterUnderlay", window.map().mapView().getChildrenUnmodifiable().get(0).getId());
        FxWait.until("tiles have no background over rasters", () -> TileSourceRegistry.current().orElseThrow().options().background() == null);

        green = denseGreen(ndvi.raster());
        hideVectorLayers(true);
        showAround(green[0], green[1]);
        BufferedImage shot = snapshotMap();
        int argb = pixelAt(shot, green[0], green[1]);
        int expected = ColorRamp.ndvi().rgb((green[2] + 1) / 2);
        assertTrue(isGreen(argb), "the map should be NDVI green at " + green[0] + "," + green[1] + " (NDVI " + green[2] + "): "
                + hex(argb) + ", ramp colour " + hex(expected));
        Point2D p = onFx(() -> window.map().toPixel(green[0], green[1]));
        BufferedImage alone = new RasterLayerRenderer(ndvi.raster(), ndvi.style()).render(onFx(() -> window.map().viewportNow()));
        assertShows(alone, shot, (int) Math.round(p.getX()), (int) Math.round(p.getY()), "the map pixel is the raster engine's NDVI colour");

        // the legend shows the ramp's ends
        assertEquals("-1.00…1.00", rasters.legendRange());
    }

    @Test
    @Order(2)
    void opacityZeroHidesTheRaster() throws Exception {
        RasterLayerItem ndvi = rasters.model().items().get(0);
        FxWait.onFx(() -> ndvi.setOpacity(0));
        settle();
        int argb = pixelAt(snapshotMap(), green[0], green[1]);
        assertClose(RenderOptions.PAPER.getRGB(), argb, 6, "with opacity 0 only the paper shows: " + hex(argb));
        FxWait.until("tiles are opaque again with no raster showing",
                () -> TileSourceRegistry.current().orElseThrow().options().background() != null);
        FxWait.onFx(() -> ndvi.setOpacity(1));
        settle();
        assertTrue(isGreen(pixelAt(snapshotMap(), green[0], green[1])), "opacity 1 brings it back");
    }

    @Test
    @Order(3)
    void aSwipeAtHalfShowsTheNdviLeftAndTheDemRightOfTheDivider() throws Exception {
        FxWait.onFx(() -> rasters.add(List.of(GeneratedRasters.dem())));
        FxWait.until("the DEM is listed", () -> rasters.model().items().size() == 2);
        RasterLayerItem dem = rasters.model().items().get(0);
        RasterLayerItem ndvi = rasters.model().items().get(1);
        FxWait.onFx(() -> {
            window.map().zoomTo(ndvi.lonLatExtent());
            rasters.model().swipe().compare(ndvi, dem);
            rasters.model().swipe().setPosition(0.5);
        });
        settle();
        BufferedImage shot = snapshotMap();
        Viewport vp = onFx(() -> window.map().viewportNow());
        BufferedImage ndviAlone = new RasterLayerRenderer(ndvi.raster(), ndvi.style()).render(vp);
        BufferedImage demAlone = new RasterLayerRenderer(dem.raster(), dem.style()).render(vp);
        int y = vp.height() / 2 + 40;
        for (int x : new int[] {vp.width() / 4, vp.width() / 2 - 30}) {
            assertShows(ndviAlone, shot, x, y, "left of the divider, x=" + x + ", is the NDVI");
        }
        for (int x : new int[] {vp.width() / 2 + 30, vp.width() * 3 / 4}) {
            assertShows(demAlone, shot, x, y, "right of the divider, x=" + x + ", is the DEM");
        }
        int x = vp.width() / 4;
        assertTrue(Math.abs(diff(ndviAlone.getRGB(x, y), demAlone.getRGB(x, y))) > 30, "the two layers differ there, so the test can tell them apart");
        assertEquals("xiangtan_ndvi_synthetic", robot.lookup("#swipeLeftLabel").queryAs(Label.class).getText());
        assertEquals("xiangtan_dem_synthetic", robot.lookup("#swipeRightLabel").queryAs(Label.class).getText());

        // the divider follows a drag: to a quarter of the width, then the DEM shows at the old NDVI sample
        Point2D handle = robot.lookup("#swipeHandle").query().localToScreen(13, 13);
        Point2D mapOrigin = onFx(() -> window.map().localToScreen(0, 0));
        robot.drag(handle.getX(), handle.getY(), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new Point2D(mapOrigin.getX() + vp.width() / 8.0, handle.getY())).release(javafx.scene.input.MouseButton.PRIMARY);
        FxWait.until("the divider moved left", () -> rasters.model().swipe().getPosition() < 0.2);
        settle();
        assertShows(demAlone, snapshotMap(), vp.width() / 4, y, "after the drag the DEM shows there");
    }

    @Test
    @Order(4)
    void aScreenshotOfTheSwipeWithTheVectorLayersOnTop() throws Exception {
        RasterLayerItem dem = rasters.model().items().get(0);
        FxWait.onFx(() -> {
            rasters.model().swipe().setPosition(0.5);
            rasters.model().select(dem);
            hideVectorLayersNow(true);
            window.map().zoomToFullExtent();
        });
        settle();
        FxWait.tilesLoaded(window.map());
        FxWait.labelsPlaced(window.map());
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(window.root().getScene().snapshot(null), null)));
        Path out = Path.of("target", "screenshots", "desktop-raster-swipe.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(img.get(), "png", out.toFile());
        assertEquals(1600, img.get().getWidth());
    }

    @Test
    @Order(5)
    void aTruncatedTiffShowsAnErrorNamingItAndTheWindowCarriesOn(@TempDir Path tmp) throws Exception {
        int listed = onFx(() -> rasters.model().items().size());
        Path broken = GeneratedRasters.truncatedCopy(tmp, 4096);
        FxWait.onFx(() -> {
            rasters.model().swipe().stop();
            rasters.add(List.of(broken));
        });
        FxWait.until("an error dialog is shown", () -> rasters.lastAlert() != null && rasters.lastAlert().isShowing());
        String text = onFx(() -> rasters.lastAlert().getContentText());
        assertTrue(text.contains("ndvi_truncated.tif"), "the dialog names the file: " + text);
        assertTrue(onFx(() -> window.viewModel().status().messageProperty().get()).contains("ndvi_truncated.tif"), "so does the status line");
        FxWait.onFx(() -> rasters.lastAlert().close());

        // the window still works: the other rasters draw, the map zooms and redraws
        FxWait.onFx(() -> window.map().zoomBy(1));
        settle();
        FxWait.tilesLoaded(window.map());
        assertTrue(onFx(() -> rasters.model().items().size()) <= listed + 1, "at most the broken row, switched off");
        assertTrue(onFx(() -> rasters.model().items().stream().filter(RasterLayerItem::isVisible)
                .allMatch(i -> !i.file().equals(broken))), "the broken file is not drawn");
        assertTrue(window.root().getScene().getWindow().isShowing());
    }

    // --- helpers

    private void hideVectorLayers(boolean hide) {
        FxWait.onFx(() -> hideVectorLayersNow(!hide));
    }

    private void hideVectorLayersNow(boolean visible) {
        window.viewModel().mapLayers().batch(() -> {
            for (LayerItem i : window.viewModel().layers().items()) {
                if (!visible || org.onemap.sample.SampleCatalog.LAYER_ORDER.contains(i.name())) i.setVisible(visible);
            }
        });
    }

    private void showAround(double lon, double lat) {
        FxWait.onFx(() -> window.map().zoomTo(new Envelope(lon - 0.01, lon + 0.01, lat - 0.01, lat + 0.01)));
        settle();
    }

    private void settle() {
        FxWait.until("the raster images are rendered for the view", () -> rasters.settled());
        FxWait.tilesLoaded(window.map());
    }

    private BufferedImage snapshotMap() {
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        FxWait.onFx(() -> img.set(SwingFXUtils.fromFXImage(window.map().snapshot(null, null), null)));
        return img.get();
    }

    private int pixelAt(BufferedImage img, double lon, double lat) {
        Point2D p = onFx(() -> window.map().toPixel(lon, lat));
        assertNotNull(p, "the map is laid out");
        return img.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    /** The centre of a 7 × 7 block of cells all with NDVI ≥ 0.7, nearest the raster's centre, and its NDVI. */
    private static double[] denseGreen(GeoRaster r) {
        var w = r.read(0, 0, 0, r.width(), r.height());
        double[] best = null;
        double bestD = Double.MAX_VALUE;
        for (int row = 200; row < r.height() - 200; row += 17) {
            for (int col = 200; col < r.width() - 200; col += 17) {
                boolean ok = true;
                for (int dr = -3; dr <= 3 && ok; dr++) for (int dc = -3; dc <= 3 && ok; dc++) ok = w.value(0, col + dc, row + dr) >= 0.7f;
                if (!ok) continue;
                double d = Math.hypot(col - r.width() / 2.0, row - r.height() / 2.0);
                if (d < bestD) {
                    bestD = d;
                    var t = r.transform();
                    best = new double[] {t.x(col + 0.5, row + 0.5), t.y(col + 0.5, row + 0.5), w.value(0, col, row)};
                }
            }
        }
        assertNotNull(best, "the synthetic NDVI should have dense vegetation somewhere");
        return best;
    }

    private static boolean isGreen(int argb) {
        int r = argb >> 16 & 0xff, g = argb >> 8 & 0xff, b = argb & 0xff;
        return g > r + 15 && g > b + 15;
    }

    private static int diff(int a, int b) {
        return Math.max(Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)),
                Math.max(Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)), Math.abs((a & 0xff) - (b & 0xff))));
    }

    /** The snapshot pixel matches the layer rendered alone there, give or take a pixel of placement. */
    private static void assertShows(BufferedImage alone, BufferedImage shot, int x, int y, String what) {
        int actual = shot.getRGB(x, y);
        int best = Integer.MAX_VALUE;
        for (int dy = -1; dy <= 1; dy++) for (int dx = -1; dx <= 1; dx++) best = Math.min(best, diff(alone.getRGB(x + dx, y + dy), actual));
        assertTrue(best <= 12, what + ": got " + hex(actual) + ", the layer alone has " + hex(alone.getRGB(x, y)));
    }

    private static void assertClose(int expected, int actual, int tolerance, String what) {
        assertTrue(diff(expected, actual) <= tolerance, what + ": expected " + hex(expected) + ", got " + hex(actual));
    }

    private static String hex(int argb) { return String.format("#%06x", argb & 0xffffff); }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
