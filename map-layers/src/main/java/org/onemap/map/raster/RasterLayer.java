package org.onemap.map.raster;

import java.awt.Graphics2D;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.onemap.map.render.Viewport;

/**
 * A raster layer of the map: an opened GeoTIFF, how to draw it, whether it is switched on, its title
 * and whether the data is generated (synthetic). An immutable value, like
 * {@link org.onemap.map.render.RenderLayer} for features; raster layers are drawn beneath them.
 *
 * <p>{@link #drawOn} never throws for bad pixels: a file that turns out corrupt while drawing is
 * reported as a message and the rest of the map is still drawn.
 */
public record RasterLayer(String name, GeoRaster raster, RasterStyle style, boolean visible, String title, boolean generated) {
    public RasterLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(raster, "raster");
        Objects.requireNonNull(style, "style");
    }

    /**
     * Opens {@code file} as a visible layer named after the file; generated when its TIFF
     * ImageDescription says SYNTHETIC (as the sample generator writes).
     *
     * @throws RasterFormatException if the file is not a readable GeoTIFF
     */
    public static RasterLayer open(Path file, RasterStyle style) {
        GeoRaster r = GeoTiffReader.open(file);
        String fileName = file.getFileName().toString();
        String name = fileName.replaceFirst("(?i)\\.tiff?$", "");
        boolean generated = r.description().toUpperCase(Locale.ROOT).startsWith("SYNTHETIC");
        return new RasterLayer(name, r, style, true, null, generated);
    }

    public RasterLayer withStyle(RasterStyle s) { return new RasterLayer(name, raster, s, visible, title, generated); }

    public RasterLayer withVisible(boolean v) { return new RasterLayer(name, raster, style, v, title, generated); }

    public RasterLayer withOpacity(double o) { return withStyle(style.withOpacity(o)); }

    public RasterLayer withTitle(String t) { return new RasterLayer(name, raster, style, visible, t, generated); }

    /**
     * Draws the layer into {@code g} for {@code view} if it is visible.
     *
     * @return the error to show the user (file name and cause) if the pixels could not be decoded
     */
    public Optional<String> drawOn(Graphics2D g, Viewport view) {
        if (!visible || style.opacity() == 0) return Optional.empty();
        try {
            new RasterLayerRenderer(raster, style).drawOn(g, view);
            return Optional.empty();
        } catch (RasterFormatException e) {
            return Optional.of(e.getMessage());
        }
    }
}
