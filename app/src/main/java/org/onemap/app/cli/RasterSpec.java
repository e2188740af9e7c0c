package org.onemap.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.onemap.map.raster.BandStatistics;
import org.onemap.map.raster.GeoRaster;
import org.onemap.map.raster.RasterDataType;
import org.onemap.map.raster.RasterFormatException;
import org.onemap.map.raster.RasterLayer;
import org.onemap.map.raster.RasterStyle;

/**
 * One {@code --raster FILE[:STYLE][@OPACITY]} argument: a GeoTIFF, how to draw it and how opaque.
 * STYLE is {@code ndvi}, {@code terrain}, {@code hillshade}, {@code hillshade=Z} (relief exaggerated Z
 * times, for the gentle slopes of plains), {@code grey} or {@code rgb=R,G,B} (bands
 * counted from 1, as gdal does); without one the file's bands choose (see {@link #defaultStyle}).
 */
record RasterSpec(Path file, String style, double opacity) {
    static final String STYLES = "ndvi, terrain, hillshade, hillshade=Z (vertical exaggeration), grey, rgb=R,G,B";

    /** Parses the argument; a malformed style or opacity is a usage error (exit 2). */
    static RasterSpec parse(String arg) {
        String rest = arg;
        double opacity = 1;
        int at = rest.lastIndexOf('@');
        if (at > 0 && rest.substring(at + 1).matches("[0-9]*\\.?[0-9]+")) {
            opacity = Double.parseDouble(rest.substring(at + 1));
            if (opacity > 1) throw new UsageException("--raster " + arg + ": opacity must be within 0..1");
            rest = rest.substring(0, at);
        }
        String style = null;
        int colon = rest.lastIndexOf(':');
        // a tail like "C:\dem.tif" is a Windows path, not a style: styles are a word, maybe "=1,2,3"
        if (colon > 0 && rest.substring(colon + 1).matches("[A-Za-z]+(=[0-9., ]*)?")) {
            style = rest.substring(colon + 1).toLowerCase(Locale.ROOT);
            rest = rest.substring(0, colon);
            if (!style.matches("ndvi|terrain|hillshade(=[0-9]*\\.?[0-9]+)?|grey|gray|rgb=\\d+,\\d+,\\d+")) {
                throw new UsageException("--raster " + arg + ": unknown style '" + style + "' (expected one of: " + STYLES + ")");
            }
        }
        if (rest.isBlank()) throw new UsageException("--raster " + arg + ": no file named");
        return new RasterSpec(Path.of(rest), style, opacity);
    }

    /**
     * Opens the file as a layer in its style.
     *
     * @throws CliException naming the file when it is missing or not a readable GeoTIFF (exit 1)
     */
    RasterLayer open() {
        if (!Files.isRegularFile(file)) throw new CliException(file + ": no such file");
        RasterLayer layer;
        try {
            layer = RasterLayer.open(file, RasterStyle.hillshade(0));
        } catch (RasterFormatException e) {
            throw new CliException(file + ": " + cause(e), e);
        } catch (RuntimeException e) {
            throw new CliException(file + ": not a readable GeoTIFF (" + e + ")", e);
        }
        RasterStyle s;
        try {
            s = style == null ? defaultStyle(layer.raster()) : named(style, layer.raster());
        } catch (RasterFormatException e) {
            throw new CliException(file + ": " + cause(e), e);
        }
        return layer.withStyle(opacity < 1 ? s.withOpacity(opacity) : s);
    }

    /**
     * The style a file gets without one: NDVI for one float band within −1…1, hillshade for 16-bit
     * integers (a DEM), an RGB composite of bands 1, 2, 3 for three bands or more, else terrain tints
     * for other floats and grey for the rest.
     */
    static RasterStyle defaultStyle(GeoRaster r) {
        if (r.bandCount() >= 3) return RasterStyle.rgb(0, 1, 2);
        RasterDataType t = r.dataType();
        if (t == RasterDataType.INT16) return RasterStyle.hillshade(0);
        if (t == RasterDataType.FLOAT32 || t == RasterDataType.FLOAT64) {
            BandStatistics s = BandStatistics.of(r, 0);
            return s.min() >= -1 && s.max() <= 1 ? RasterStyle.ndvi(0) : RasterStyle.terrain(0);
        }
        return RasterStyle.ramp(0, org.onemap.map.raster.ColorRamp.grey(), Double.NaN, Double.NaN);
    }

    private RasterStyle named(String name, GeoRaster r) {
        if (name.startsWith("hillshade=")) {
            double z = Double.parseDouble(name.substring("hillshade=".length()));
            if (!(z > 0 && z <= 1000)) throw new UsageException("--raster " + file + ": exaggeration must be within 0..1000: " + name);
            RasterStyle d = RasterStyle.hillshade(0);
            return d.withSun(d.azimuth(), d.altitude(), z);
        }
        return switch (name) {
            case "ndvi" -> RasterStyle.ndvi(0);
            case "terrain" -> RasterStyle.terrain(0);
            case "hillshade" -> RasterStyle.hillshade(0);
            case "grey", "gray" -> RasterStyle.ramp(0, org.onemap.map.raster.ColorRamp.grey(), Double.NaN, Double.NaN);
            default -> {
                String[] b = name.substring(4).split(",");
                int[] bands = new int[3];
                for (int i = 0; i < 3; i++) {
                    bands[i] = Integer.parseInt(b[i].trim());
                    if (bands[i] < 1 || bands[i] > r.bandCount()) {
                        throw new UsageException("--raster " + file + ": band " + bands[i] + " of " + name
                                + " does not exist (the file has " + r.bandCount() + ", counted from 1)");
                    }
                }
                yield RasterStyle.rgb(bands[0] - 1, bands[1] - 1, bands[2] - 1);
            }
        };
    }

    /** The reader's message without the file name it starts with (the CLI names the path as given). */
    private String cause(RasterFormatException e) {
        String m = e.getMessage();
        String prefix = file.getFileName() + ": ";
        return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : String.valueOf(m);
    }
}
