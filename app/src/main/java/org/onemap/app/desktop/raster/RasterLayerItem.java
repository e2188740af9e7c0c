package org.onemap.app.desktop.raster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.crs.CoordinateTransform;
import org.onemap.core.crs.CrsRegistry;
import org.onemap.map.raster.BandStatistics;
import org.onemap.map.raster.ColorRamp;
import org.onemap.map.raster.GeoRaster;
import org.onemap.map.raster.GeoTiffReader;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.raster.RasterStyle;

/**
 * One raster row of the layer panel: an opened GeoTIFF with its visibility, opacity, style and bands
 * as properties the panel binds to. {@link #layer()} is the immutable {@link RasterLayer} the map
 * draws now; {@link #revisionProperty()} counts every change that alters the picture.
 */
public final class RasterLayerItem extends org.onemap.app.desktop.layers.ShownLayer {
    private final GeoRaster raster;
    private final String name;
    private final String title;
    private final boolean generated;
    private final ObjectProperty<RasterStyleKind> style = new SimpleObjectProperty<>(this, "style");
    private final IntegerProperty band = new SimpleIntegerProperty(this, "band", 0);
    private final IntegerProperty red = new SimpleIntegerProperty(this, "red", 0);
    private final IntegerProperty green = new SimpleIntegerProperty(this, "green", 0);
    private final IntegerProperty blue = new SimpleIntegerProperty(this, "blue", 0);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    // measured once per band: the legend and the stretch both need it, and it decodes a whole level
    private final Map<Integer, BandStatistics> statistics = new HashMap<>();

    RasterLayerItem(GeoRaster raster) {
        this.raster = raster;
        String fileName = raster.file().getFileName().toString();
        this.name = fileName.replaceFirst("(?i)\\.tiff?$", "");
        this.title = name;
        this.generated = raster.description().toUpperCase(Locale.ROOT).startsWith("SYNTHETIC");
        style.set(guessStyle(name, raster.bandCount()));
        int n = raster.bandCount();
        // a multi-band stack starts as its first three bands in reverse (3-2-1: true colour for B-G-R-NIR orders)
        red.set(Math.min(2, n - 1));
        green.set(Math.min(1, n - 1));
        blue.set(0);
        for (IntegerProperty b : new IntegerProperty[] {band, red, green, blue}) {
            b.addListener((o, was, now) -> {
                int v = now.intValue();
                if (v < 0 || v >= raster.bandCount()) b.set(Math.max(0, Math.min(raster.bandCount() - 1, v)));
            });
        }
        for (Observable o : new Observable[] {visibleProperty(), opacityProperty(), style, band, red, green, blue}) {
            o.addListener(x -> revision.set(revision.get() + 1));
        }
        statistics(0); // off the FX thread: items are made by the model's background reader
    }

    /**
     * Opens {@code file} (its bytes are read now: call off the FX thread).
     *
     * @throws org.onemap.map.raster.RasterFormatException naming the file if it is not a readable GeoTIFF
     */
    public static RasterLayerItem open(Path file) {
        return new RasterLayerItem(GeoTiffReader.open(file));
    }

    /** NDVI for files named so, terrain for DEMs, a band combination for multi-band stacks, else grey. */
    static RasterStyleKind guessStyle(String name, int bands) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("ndvi")) return RasterStyleKind.NDVI;
        if (n.contains("dem") || n.contains("dsm") || n.contains("elev") || n.contains("srtm")) return RasterStyleKind.TERRAIN;
        if (bands >= 3) return RasterStyleKind.RGB;
        return RasterStyleKind.GREY;
    }

    public GeoRaster raster() { return raster; }

    public Path file() { return raster.file(); }

    /** The file name without extension. */
    public String name() { return name; }

    public String title() { return title; }

    /** Whether the file says it is generated (synthetic), as the sample generator labels its rasters. */
    public boolean generated() { return generated; }

    public int bandCount() { return raster.bandCount(); }


    public ObjectProperty<RasterStyleKind> styleProperty() { return style; }

    public RasterStyleKind getStyle() { return style.get(); }

    public void setStyle(RasterStyleKind k) { style.set(k == null ? RasterStyleKind.GREY : k); }

    /** The band (0-based) a ramp, grey or hillshade style draws; clamped to the file's bands. */
    public IntegerProperty bandProperty() { return band; }

    /** Band (0-based) shown as red in {@link RasterStyleKind#RGB}. */
    public IntegerProperty redProperty() { return red; }

    public IntegerProperty greenProperty() { return green; }

    public IntegerProperty blueProperty() { return blue; }

    /** Sets the band combination, 0-based. */
    public void setBands(int r, int g, int b) {
        red.set(r);
        green.set(g);
        blue.set(b);
    }

    /** Counts changes to visibility, opacity, style and bands. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Whether the layer adds anything to the map: visible and not fully transparent. */
    public boolean shows() { return isVisible() && getOpacity() > 0; }

    /** The style now, with the measured stretch filled in so the renderer does not measure again. */
    public RasterStyle style() {
        int b = band.get();
        RasterStyle s = switch (style.get()) {
            case NDVI -> RasterStyle.ndvi(b);
            case TERRAIN -> stretched(RasterStyle.terrain(b), b);
            case HILLSHADE -> RasterStyle.hillshade(b);
            case GREY -> stretched(RasterStyle.ramp(b, ColorRamp.grey(), Double.NaN, Double.NaN), b);
            case RGB -> RasterStyle.rgb(red.get(), green.get(), blue.get());
        };
        return s.withOpacity(getOpacity());
    }

    /** What the map draws for this row now (an immutable value, safe to hand to a render thread). */
    public RasterLayer layer() {
        return new RasterLayer(name, raster, style(), isVisible(), title, generated);
    }

    /** The legend for the style now. */
    public RasterLegend legend() {
        RasterStyle s = style();
        if (style.get() == RasterStyleKind.RGB) {
            return new RasterLegend(title, RasterStyleKind.RGB, null, Double.NaN, Double.NaN,
                    new int[] {red.get() + 1, green.get() + 1, blue.get() + 1}, generated);
        }
        return new RasterLegend(title, style.get(), s.ramp(), s.min(0), s.max(0), new int[0], generated);
    }

    /** The lon/lat extent, or null if it cannot be transformed. */
    public Envelope lonLatExtent() {
        Envelope e = raster.envelope();
        if (CrsRegistry.isGeographic(raster.crs())) return e;
        try {
            return CoordinateTransform.between(raster.crs(), CrsRegistry.WGS84).transform(e);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private RasterStyle stretched(RasterStyle s, int b) {
        BandStatistics st = statistics(b);
        if (Double.isNaN(st.p2()) || !(st.p98() > st.p2())) return s;
        return s.withStretch(0, st.p2(), st.p98());
    }

    private synchronized BandStatistics statistics(int b) {
        return statistics.computeIfAbsent(b, k -> BandStatistics.of(raster, k));
    }

    @Override
    public String toString() { return title; }
}
