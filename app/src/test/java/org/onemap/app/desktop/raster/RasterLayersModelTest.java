package org.onemap.app.desktop.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onemap.app.desktop.Messages;
import org.onemap.map.raster.BandStatistics;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.raster.RasterStyle;

/**
 * The 遥感影像 view-model without JavaFX running: rows, visibility, opacity and style state, the
 * legend's range, errors that name the file, and the swipe divider's clamp. Files are the real
 * synthetic DEM and NDVI written by the sample generator (and a 4-band GeoTIFF made by gdal_create).
 */
class RasterLayersModelTest {
    private final RasterLayersModel model = new RasterLayersModel(Messages.forLocale(Messages.CHINESE), Runnable::run, Runnable::run);

    @Test
    void addedFilesGoOnTopVisibleAndSelectedWithAStyleGuessedFromTheName() {
        model.add(List.of(GeneratedRasters.dem(), GeneratedRasters.ndvi()));
        assertEquals(List.of("xiangtan_ndvi_synthetic", "xiangtan_dem_synthetic"), model.items().stream().map(RasterLayerItem::name).toList(),
                "the last file added is the top row");
        RasterLayerItem ndvi = model.items().get(0);
        RasterLayerItem dem = model.items().get(1);
        assertSame(ndvi, model.getSelected(), "the file added last is selected");
        assertEquals(RasterStyleKind.NDVI, ndvi.getStyle());
        assertEquals(RasterStyleKind.TERRAIN, dem.getStyle());
        assertTrue(ndvi.generated() && dem.generated(), "the generator labels its rasters SYNTHETIC");
        assertEquals(List.of("xiangtan_dem_synthetic", "xiangtan_ndvi_synthetic"), model.drawOrder().stream().map(RasterLayer::name).toList(),
                "drawn bottom first");
        assertTrue(model.showsRasters());
    }

    @Test
    void theWorkspaceRastersFolderIsListedHiddenSoThePlainMapStaysAsItWas() {
        model.addFolder(GeneratedRasters.folder());
        assertEquals(2, model.items().size());
        assertTrue(model.items().stream().noneMatch(RasterLayerItem::isVisible), "workspace rasters start switched off");
        assertTrue(model.drawOrder().isEmpty());
        assertFalse(model.showsRasters());
        model.addFolder(GeneratedRasters.folder().resolve("no-such-folder"));
        assertEquals(2, model.items().size(), "a missing folder adds nothing");
    }

    @Test
    void opacityAndStyleChangeTheLayerTheMapDraws() {
        model.add(List.of(GeneratedRasters.ndvi()));
        RasterLayerItem ndvi = model.items().get(0);
        int before = model.revisionProperty().get();
        ndvi.setOpacity(0.4);
        assertEquals(0.4, model.drawOrder().get(0).style().opacity(), 1e-9);
        assertTrue(model.revisionProperty().get() > before, "an opacity change is a change of the picture");
        ndvi.setOpacity(7);
        assertEquals(1, ndvi.getOpacity(), 1e-9, "opacity is clamped to 1");
        ndvi.setOpacity(0);
        assertTrue(model.drawOrder().isEmpty(), "opacity 0 draws nothing");
        assertFalse(model.showsRasters(), "the tiles may be opaque again");
        ndvi.setOpacity(1);
        ndvi.setStyle(RasterStyleKind.HILLSHADE);
        assertEquals(RasterStyle.Kind.HILLSHADE, model.drawOrder().get(0).style().kind());
        ndvi.setStyle(RasterStyleKind.GREY);
        assertEquals(RasterStyle.Kind.RAMP, model.drawOrder().get(0).style().kind());
        ndvi.setVisible(false);
        assertTrue(model.drawOrder().isEmpty(), "a switched-off row is not drawn");
    }

    @Test
    void theLegendShowsTheRampEndsNdviMinusOneToOneAndTheMeasuredElevationRange() {
        model.add(List.of(GeneratedRasters.dem(), GeneratedRasters.ndvi()));
        RasterLegend ndvi = model.items().get(0).legend();
        assertEquals("-1.00", ndvi.format(ndvi.min()));
        assertEquals("1.00", ndvi.format(ndvi.max()));
        assertNotNull(ndvi.ramp());
        RasterLayerItem demItem = model.items().get(1);
        RasterLegend dem = demItem.legend();
        BandStatistics s = BandStatistics.of(demItem.raster(), 0);
        assertEquals(s.p2(), dem.min(), 1e-6, "terrain tints start at the 2 % elevation");
        assertEquals(s.p98(), dem.max(), 1e-6, "and end at the 98 % elevation");
        assertTrue(dem.max() - dem.min() > 20, "the synthetic DEM spans hills: " + dem.min() + "…" + dem.max());
        assertEquals(String.format(java.util.Locale.ROOT, "%.0f", dem.max()), dem.format(dem.max()), "metres print whole");
    }

    @Test
    void aTruncatedTiffBecomesAnErrorNamingTheFileAndNothingElseChanges(@TempDir Path tmp) throws Exception {
        model.add(List.of(GeneratedRasters.ndvi()));
        Path broken = GeneratedRasters.truncatedCopy(tmp, 4096);
        Path notTiff = Files.writeString(tmp.resolve("notes.tif"), "this is not a TIFF");
        model.add(List.of(broken));
        assertNotNull(model.errorProperty().get(), "a truncated file is reported");
        // the reader may accept the header and fail on the pixels; then the map reports it when drawing
        if (model.items().size() == 1) {
            assertTrue(model.errorProperty().get().message().contains("ndvi_truncated.tif"), model.errorProperty().get().message());
        }
        model.add(List.of(notTiff));
        assertTrue(model.errorProperty().get().message().contains("notes.tif"), "the message names the file: " + model.errorProperty().get());
        assertEquals(tmp.resolve("notes.tif"), model.errorProperty().get().file());
        assertEquals(0, model.loadingProperty().get());
        assertEquals("xiangtan_ndvi_synthetic", model.items().get(model.items().size() - 1).name(), "the good layer stays listed");
    }

    @Test
    void aFileThatFailsWhileDrawingIsSwitchedOffAndReported() {
        model.add(List.of(GeneratedRasters.ndvi()));
        RasterLayerItem ndvi = model.items().get(0);
        model.failedToDraw(ndvi.file(), ndvi.file().getFileName() + ": strip 3 is cut short");
        assertFalse(ndvi.isVisible(), "switched off so the map does not fail on every pan");
        assertEquals("xiangtan_ndvi_synthetic.tif：无法读取栅格图层（strip 3 is cut short）。其他图层不受影响。",
                model.errorProperty().get().message());
    }

    @Test
    void theSwipeDividerIsClampedToTheMap() {
        SwipeModel swipe = model.swipe();
        assertEquals(0.5, swipe.getPosition(), 1e-9, "starts in the middle");
        swipe.setPosition(1.7);
        assertEquals(1, swipe.getPosition(), 1e-9);
        swipe.setPosition(-3);
        assertEquals(0, swipe.getPosition(), 1e-9);
        swipe.setPosition(Double.NaN);
        assertEquals(0.5, swipe.getPosition(), 1e-9);
        swipe.positionProperty().set(4);
        assertEquals(1, swipe.getPosition(), 1e-9, "also when the property is set directly (a binding, a slider)");
        swipe.dragTo(300, 1200);
        assertEquals(0.25, swipe.getPosition(), 1e-9);
        assertEquals(300, swipe.dividerX(1200), 1e-9);
        swipe.dragTo(-50, 1200);
        assertEquals(0, swipe.dividerX(1200), 1e-9, "dragged past the left edge");
        swipe.dragTo(5000, 1200);
        assertEquals(1200, swipe.dividerX(1200), 1e-9, "dragged past the right edge");
    }

    @Test
    void aSwipeDrawsOneLayerOnEachSideOrTheVectorMapAlone() {
        model.add(List.of(GeneratedRasters.dem(), GeneratedRasters.ndvi()));
        RasterLayerItem ndvi = model.items().get(0);
        RasterLayerItem dem = model.items().get(1);
        dem.setVisible(false);
        SwipeModel swipe = model.swipe();
        swipe.compare(ndvi, dem);
        assertEquals(List.of("xiangtan_ndvi_synthetic"), model.leftSide().stream().map(RasterLayer::name).toList());
        assertEquals(List.of("xiangtan_dem_synthetic"), model.rightSide().stream().map(RasterLayer::name).toList(),
                "a side chosen for the swipe is drawn even if its row is switched off");
        assertEquals("xiangtan_ndvi_synthetic", swipe.leftLabel());
        swipe.compare(ndvi, null);
        assertTrue(model.rightSide().isEmpty(), "the vector map alone: no raster right of the divider");
        assertEquals("矢量地图", swipe.rightLabel());
        model.remove(ndvi);
        assertNull(swipe.leftProperty().get(), "a removed layer leaves the swipe");
        assertFalse(swipe.isActive(), "nothing left to compare");
        swipe.stop();
        assertTrue(model.rightSide().isEmpty());
    }

    @Test
    void aMultiBandStackOffersABandCombination(@TempDir Path tmp) throws Exception {
        Path stack = tmp.resolve("stack.tif");
        Process p;
        try {
            p = new ProcessBuilder("gdal_create", "-q", "-of", "GTiff", "-outsize", "20", "10", "-bands", "4", "-ot", "Byte",
                    "-burn", "10", "-burn", "20", "-burn", "30", "-burn", "40", "-a_srs", "EPSG:4326",
                    "-a_ullr", "112.8", "27.9", "112.9", "27.85", stack.toString()).inheritIO().start();
        } catch (java.io.IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw e;
            Assumptions.assumeTrue(false, "gdal_create (gdal-bin) is not installed: apt-get install gdal-bin");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "gdal_create should write " + stack);
        model.add(List.of(stack));
        RasterLayerItem item = model.items().get(0);
        assertEquals(RasterStyleKind.RGB, item.getStyle(), "a 4-band stack starts as a band combination");
        assertArrayEquals(new int[] {2, 1, 0}, item.style().bands(), "3-2-1 by default");
        item.setBands(3, 2, 1);
        assertArrayEquals(new int[] {3, 2, 1}, model.drawOrder().get(0).style().bands(), "false colour 4-3-2");
        assertArrayEquals(new int[] {4, 3, 2}, item.legend().rgbBands(), "the legend numbers bands from 1");
        item.redProperty().set(9);
        assertEquals(3, item.redProperty().get(), "a band past the last is clamped");
        item.setStyle(RasterStyleKind.GREY);
        item.bandProperty().set(2);
        assertArrayEquals(new int[] {2}, item.style().bands());
    }
}
