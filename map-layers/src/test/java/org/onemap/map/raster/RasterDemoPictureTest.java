package org.onemap.map.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Feature;
import org.onemap.map.render.Viewport;
import org.onemap.sample.raster.SyntheticRasters;
import org.onemap.sample.real.RealLayers;

/**
 * The synthetic Xiangtan DEM (hillshade) and NDVI over the county outlines, written to
 * {@code target/raster-demo.png} and {@code target/raster-swipe.png} for a person to look at, and
 * checked where the answer is known (the Xiang is water, the western hills are higher).
 */
class RasterDemoPictureTest {
    private static final Path TARGET = Path.of("target");
    private static GeoRaster dem;
    private static GeoRaster ndvi;
    private static List<Feature> counties;
    private static Viewport view;

    @BeforeAll
    static void generate() throws IOException {
        List<Path> files = new SyntheticRasters().writeAll(TARGET.resolve("raster-demo"));
        dem = GeoTiffReader.open(files.get(0));
        ndvi = GeoTiffReader.open(files.get(1));
        counties = RealLayers.county().features();
        Envelope city = new Envelope();
        counties.forEach(f -> city.expandToInclude(f.geometry().getEnvelopeInternal()));
        view = Viewport.fit(city, 1200, 860);
    }

    @Test
    void syntheticRastersAreLabelledAndOpenWithOverviews() {
        assertTrue(dem.description().startsWith(SyntheticRasters.LABEL), dem.description());
        assertTrue(ndvi.description().startsWith(SyntheticRasters.LABEL), ndvi.description());
        assertEquals("EPSG:4326", dem.crs());
        assertEquals(RasterDataType.INT16, dem.dataType());
        assertEquals(RasterDataType.FLOAT32, ndvi.dataType());
        assertTrue(dem.levels().size() >= 3, "overviews for whole-city views: " + dem.levels());
        RasterLayer layer = RasterLayer.open(ndvi.file(), RasterStyle.ndvi(0));
        assertTrue(layer.generated(), "a SYNTHETIC-labelled file opens as a generated layer, which maps must say");
    }

    @Test
    void writesHillshadeAndNdviOverCountyOutlines() throws IOException {
        BufferedImage img = new BufferedImage(view.imageWidth(), view.imageHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        new RasterLayerRenderer(dem, RasterStyle.hillshade(0).withSun(315, 45, 3)).drawOn(g, view);
        new RasterLayerRenderer(ndvi, RasterStyle.ndvi(0).withOpacity(0.55)).drawOn(g, view);
        drawCounties(g);
        caption(g, "Xiangtan — synthetic DEM hillshade + mid-July NDVI (generated, not measured)");
        g.dispose();
        ImageIO.write(img, "png", TARGET.resolve("raster-demo.png").toFile());

        // the Xiang through Xiangtan city is water: NDVI < 0, drawn blue-ish on the picture
        Coordinate river = xiangAtXiangtan();
        double v = sampleNdvi(river.x, river.y);
        assertTrue(v < 0, "NDVI on the Xiang at " + river + " should be negative, was " + v);
        int rgb = img.getRGB((int) view.toPixelX(river.x), (int) view.toPixelY(river.y));
        assertTrue((rgb & 0xff) > (rgb >> 16 & 0xff), "the river is drawn bluish: " + Integer.toHexString(rgb));
        assertTrue(Files.size(TARGET.resolve("raster-demo.png")) > 50_000, "the picture has content");
    }

    @Test
    void writesSwipeOfTerrainAgainstNdvi() throws IOException {
        RasterLayerRenderer terrain = new RasterLayerRenderer(dem, RasterStyle.terrain(0));
        RasterLayerRenderer green = new RasterLayerRenderer(ndvi, RasterStyle.ndvi(0));
        BufferedImage swipe = SwipeComposite.render(terrain, green, view, 0.5);
        Graphics2D g = swipe.createGraphics();
        drawCounties(g);
        caption(g, "swipe: synthetic terrain | synthetic NDVI (generated)");
        g.dispose();
        ImageIO.write(swipe, "png", TARGET.resolve("raster-swipe.png").toFile());
        assertTrue(dem.value(0, dem.width() / 10, dem.height() / 2) > dem.value(0, dem.width() * 6 / 10, dem.height() / 3),
                "湘乡's western uplands stand above the Xiang plain");
    }

    private static double sampleNdvi(double lon, double lat) {
        double[] p = ndvi.transform().toPixel(lon, lat);
        return ndvi.value(0, (int) p[0], (int) p[1]);
    }

    /** The vertex of the real Xiang centreline nearest to latitude 27.86 (Xiangtan city). */
    private static Coordinate xiangAtXiangtan() {
        Coordinate best = null;
        for (Feature f : RealLayers.river().features()) {
            for (Coordinate c : f.geometry().getCoordinates()) {
                if (best == null || Math.abs(c.y - 27.86) < Math.abs(best.y - 27.86)) best = c;
            }
        }
        return best;
    }

    private static void drawCounties(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(60, 40, 90));
        g.setStroke(new BasicStroke(1.6f));
        for (Feature f : counties) {
            Geometry geom = f.geometry();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry poly = geom.getGeometryN(i);
                Path2D.Double path = new Path2D.Double();
                Coordinate[] cs = poly.getBoundary().getCoordinates();
                for (int k = 0; k < cs.length; k++) {
                    double x = view.toPixelX(cs[k].x) * view.pixelRatio();
                    double y = view.toPixelY(cs[k].y) * view.pixelRatio();
                    if (k == 0) path.moveTo(x, y); else path.lineTo(x, y);
                }
                g.draw(path);
            }
        }
    }

    private static void caption(Graphics2D g, String text) {
        g.setColor(new Color(255, 255, 255, 210));
        g.fillRect(8, 8, 10 + text.length() * 7, 22);
        g.setColor(Color.BLACK);
        g.drawString(text, 14, 24);
    }
}
