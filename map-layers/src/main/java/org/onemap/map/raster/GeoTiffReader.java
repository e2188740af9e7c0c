package org.onemap.map.raster;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.ImageWindow;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffReader;
import org.onemap.core.crs.CrsRegistry;

/**
 * Opens GeoTIFF files: striped or tiled, uncompressed/LZW/deflate/PackBits, 8–64-bit integer or float
 * samples, with overviews stored as reduced-resolution IFDs (what {@code gdaladdo} writes). The TIFF
 * structure is decoded by {@code mil.nga:tiff}; the GeoTIFF tags (ModelPixelScale + ModelTiepoint or
 * ModelTransformation, GeoKeyDirectory, GDAL_NODATA) are interpreted here.
 *
 * <p>The file's bytes are read into memory when it is opened (that is how {@code mil.nga:tiff} reads a
 * file), so later changes to the file are not seen; fine for the rasters of a county (tens of MB),
 * not for gigabyte mosaics, which should be split or served as tiles.
 *
 * <p>Every failure — unreadable bytes, a file cut short, no georeferencing, an unsupported feature —
 * becomes a {@link RasterFormatException} naming the file.
 */
public final class GeoTiffReader {
    private static final Set<Integer> COMPRESSIONS = Set.of(1, 5, 8, 32946, 32773);

    private GeoTiffReader() {}

    /**
     * Reads the directories and georeferencing of {@code file} and checks that every strip or tile
     * lies inside the file; samples are decoded later, per window.
     *
     * @throws RasterFormatException if the file is not a readable GeoTIFF
     */
    public static GeoRaster open(Path file) {
        long size;
        TIFFImage tiff;
        try {
            size = Files.size(file);
            tiff = TiffReader.readTiff(file.toFile());
        } catch (IOException e) {
            throw new RasterFormatException(file, "cannot read file: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new RasterFormatException(file, "not a readable TIFF (" + describe(e) + ")", e);
        }
        try {
            return build(file, size, tiff);
        } catch (RasterFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RasterFormatException(file, "malformed TIFF directory (" + describe(e) + ")", e);
        }
    }

    private static GeoRaster build(Path file, long size, TIFFImage tiff) {
        List<FileDirectory> dirs = tiff.getFileDirectories();
        if (dirs.isEmpty()) throw new RasterFormatException(file, "TIFF has no image directory");
        FileDirectory main = dirs.get(0);
        int width = main.getImageWidth().intValue();
        int height = main.getImageHeight().intValue();
        int bands = main.getSamplesPerPixel();
        if (width <= 0 || height <= 0 || bands <= 0) {
            throw new RasterFormatException(file, "image size " + width + "x" + height + "x" + bands + " is not valid");
        }
        RasterDataType type = dataType(file, main);
        GeoTransform transform = geoTransform(file, main);
        String crs;
        try {
            GeoKeys keys = GeoKeys.parse(main.getIntegerListEntryValue(FieldTagType.GeoKeyDirectory));
            crs = CrsRegistry.canonical("EPSG:" + keys.epsgCode());
            if (keys.pixelIsPoint()) {
                // tie point names the centre of pixel (0,0): move the origin to its corner (as GDAL does)
                transform = new GeoTransform(transform.x(-0.5, -0.5), transform.pixelWidth(), transform.columnRotation(),
                        transform.y(-0.5, -0.5), transform.rowRotation(), transform.pixelHeight());
            }
        } catch (IllegalArgumentException e) {
            throw new RasterFormatException(file, "GeoTIFF CRS cannot be used: " + e.getMessage(), e);
        }

        List<FileDirectory> levelDirs = new ArrayList<>();
        levelDirs.add(main);
        for (int i = 1; i < dirs.size(); i++) {
            FileDirectory d = dirs.get(i);
            Number subfile = d.getNumberEntryValue(FieldTagType.NewSubfileType);
            int kind = subfile == null ? 0 : subfile.intValue();
            boolean reduced = (kind & 1) != 0 && (kind & 4) == 0; // overview, not a transparency mask
            if (reduced && d.getSamplesPerPixel() == bands && d.getImageWidth().intValue() < width) levelDirs.add(d);
        }
        levelDirs.sort(Comparator.comparingInt((FileDirectory d) -> d.getImageWidth().intValue()).reversed());
        List<RasterLevel> levels = new ArrayList<>();
        for (int i = 0; i < levelDirs.size(); i++) {
            FileDirectory d = levelDirs.get(i);
            checkReadable(file, size, d, i);
            int w = d.getImageWidth().intValue();
            int h = d.getImageHeight().intValue();
            levels.add(new RasterLevel(i, w, h, transform.scaled((double) width / w, (double) height / h)));
        }
        double noData = noData(main);
        String description = main.getStringEntryValue(FieldTagType.ImageDescription);
        return new GeoRaster(file, bands, type, crs, noData, levels, description == null ? "" : description.trim(),
                (level, c0, r0, w, h) -> decode(file, levelDirs.get(level), bands, noData, c0, r0, w, h));
    }

    private static float[][] decode(Path file, FileDirectory dir, int bands, double noData, int c0, int r0, int w, int h) {
        Rasters rasters;
        try {
            rasters = dir.readRasters(new ImageWindow(c0, r0, c0 + w, r0 + h));
        } catch (RuntimeException e) {
            throw new RasterFormatException(file, "cannot decode pixels " + c0 + "," + r0 + " " + w + "x" + h + " (" + describe(e) + ")", e);
        }
        float nd = (float) noData;
        boolean hasNoData = !Double.isNaN(noData);
        float[][] out = new float[bands][];
        for (int b = 0; b < bands; b++) {
            float[] band = samples(rasters, b, w, h);
            if (hasNoData) {
                for (int i = 0; i < band.length; i++) if (band[i] == nd) band[i] = Float.NaN;
            }
            out[b] = band;
        }
        return out;
    }

    /** One band's samples, read straight from the decoded buffer (boxing a Number per pixel is slow). */
    private static float[] samples(Rasters rasters, int b, int w, int h) {
        int n = w * h;
        float[] band = new float[n];
        ByteBuffer buf = rasters.getSampleValues() == null ? null : rasters.getSampleValues()[b];
        FieldType type = rasters.getFieldTypes()[b];
        if (buf == null) {
            for (int i = 0; i < n; i++) band[i] = rasters.getPixelSample(b, i % w, i / w).floatValue();
            return band;
        }
        switch (type) {
            case BYTE -> { for (int i = 0; i < n; i++) band[i] = buf.get(i) & 0xff; }
            case SBYTE -> { for (int i = 0; i < n; i++) band[i] = buf.get(i); }
            case SHORT -> { for (int i = 0; i < n; i++) band[i] = buf.getShort(2 * i) & 0xffff; }
            case SSHORT -> { for (int i = 0; i < n; i++) band[i] = buf.getShort(2 * i); }
            case LONG -> { for (int i = 0; i < n; i++) band[i] = buf.getInt(4 * i) & 0xffffffffL; }
            case SLONG -> { for (int i = 0; i < n; i++) band[i] = buf.getInt(4 * i); }
            case FLOAT -> { for (int i = 0; i < n; i++) band[i] = buf.getFloat(4 * i); }
            case DOUBLE -> { for (int i = 0; i < n; i++) band[i] = (float) buf.getDouble(8 * i); }
            default -> { for (int i = 0; i < n; i++) band[i] = rasters.getPixelSample(b, i % w, i / w).floatValue(); }
        }
        return band;
    }

    private static RasterDataType dataType(Path file, FileDirectory d) {
        List<Integer> bits = d.getBitsPerSample();
        List<Integer> formats = d.getSampleFormat();
        int b = bits == null || bits.isEmpty() ? 1 : bits.get(0);
        int f = formats == null || formats.isEmpty() ? 1 : formats.get(0);
        if (bits != null && bits.stream().anyMatch(x -> x != b)) {
            throw new RasterFormatException(file, "bands with different bit depths " + bits + " are not supported");
        }
        RasterDataType t = RasterDataType.of(b, f);
        if (t == null) throw new RasterFormatException(file, b + "-bit samples of SampleFormat " + f + " are not supported");
        Integer compression = d.getCompression();
        if (compression != null && !COMPRESSIONS.contains(compression)) {
            throw new RasterFormatException(file, "TIFF compression " + compression
                    + " is not supported (use none, LZW, DEFLATE or PACKBITS: gdal_translate -co COMPRESS=DEFLATE)");
        }
        return t;
    }

    private static GeoTransform geoTransform(Path file, FileDirectory d) {
        List<Double> matrix = d.getDoubleListEntryValue(FieldTagType.ModelTransformation);
        if (matrix != null && matrix.size() >= 16) {
            // row-major 4×4: x = m0·col + m1·row + m3, y = m4·col + m5·row + m7
            return new GeoTransform(matrix.get(3), matrix.get(0), matrix.get(1), matrix.get(7), matrix.get(4), matrix.get(5));
        }
        List<Double> scale = d.getModelPixelScale();
        List<Double> tie = d.getModelTiepoint();
        if (scale == null || tie == null || scale.size() < 2 || tie.size() < 6) {
            throw new RasterFormatException(file, "not a GeoTIFF: no ModelPixelScale + ModelTiepoint or ModelTransformation tags");
        }
        if (d.getIntegerListEntryValue(FieldTagType.GeoKeyDirectory) == null) {
            throw new RasterFormatException(file, "not a GeoTIFF: no GeoKeyDirectory tag, so the CRS is unknown");
        }
        double sx = scale.get(0);
        double sy = scale.get(1);
        // tie point (i, j) in pixel space ↔ (x, y) in the model; y grows north while rows grow south
        double originX = tie.get(3) - tie.get(0) * sx;
        double originY = tie.get(4) + tie.get(1) * sy;
        try {
            return new GeoTransform(originX, sx, 0, originY, 0, -sy);
        } catch (IllegalArgumentException e) {
            throw new RasterFormatException(file, "ModelPixelScale " + scale + " is not usable", e);
        }
    }

    private static double noData(FileDirectory d) {
        String s = d.getStringEntryValue(FieldTagType.GDAL_NODATA);
        if (s == null || s.isBlank()) return Double.NaN;
        try {
            return Double.parseDouble(s.trim().replace("\0", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A file cut short keeps its directories (GDAL writes them first) but loses strips: catch that now. */
    private static void checkReadable(Path file, long size, FileDirectory d, int level) {
        List<? extends Number> offsets = d.isTiled() ? d.getTileOffsets() : d.getStripOffsets();
        List<Number> counts = d.isTiled() ? d.getTileByteCounts() : d.getStripByteCounts();
        String unit = d.isTiled() ? "tile" : "strip";
        if (offsets == null || counts == null || offsets.size() != counts.size()) {
            throw new RasterFormatException(file, "level " + level + " has no consistent " + unit + " offsets/byte counts");
        }
        for (int i = 0; i < offsets.size(); i++) {
            long end = offsets.get(i).longValue() + counts.get(i).longValue();
            if (end > size) {
                throw new RasterFormatException(file, "file is truncated: " + unit + " " + i + " of level " + level
                        + " ends at byte " + end + " but the file has only " + size + " bytes");
            }
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
