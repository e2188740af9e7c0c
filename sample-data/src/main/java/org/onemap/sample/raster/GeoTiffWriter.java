package org.onemap.sample.raster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import mil.nga.tiff.FieldTagType;
import mil.nga.tiff.FieldType;
import mil.nga.tiff.FileDirectory;
import mil.nga.tiff.Rasters;
import mil.nga.tiff.TIFFImage;
import mil.nga.tiff.TiffWriter;
import mil.nga.tiff.util.TiffConstants;

/**
 * Writes one float32 or int16 band on a lon/lat {@link RasterGrid} as a deflate-compressed, striped GeoTIFF
 * (EPSG:4326, pixel-is-area) with a GDAL_NODATA value, an ImageDescription, and internal overviews
 * (2×, 4×, … averaged, as reduced-resolution IFDs) down to about 256 pixels, so a whole-city view
 * reads a small overview instead of millions of cells. GDAL and the OneMap reader both open it.
 */
final class GeoTiffWriter {
    /** Nodata marker written to GDAL_NODATA and used for cells outside the data. */
    static final float NO_DATA = -9999f;
    private static final int ROWS_PER_STRIP = 16;
    private static final int MIN_OVERVIEW_SIDE = 256;

    private GeoTiffWriter() {}

    /** Sample type of the written band. */
    enum Sample { FLOAT32, INT16 }

    /**
     * Writes {@code values} (NaN = nodata) as {@code sample}; INT16 rounds to whole units. Use it for
     * noisy fields such as elevation: float32 noise barely deflates (16 MB instead of 3 MB for the
     * city DEM), and GDAL failed to decode one such float32 file from this writer.
     */
    static void write(Path file, RasterGrid grid, float[] values, Sample sample, String description) throws IOException {
        if (values.length != grid.size()) throw new IllegalArgumentException("values do not fill the grid");
        TIFFImage image = new TIFFImage();
        FileDirectory main = directory(grid.cols(), grid.rows(), values, sample, false);
        main.setStringEntryValue(FieldTagType.ImageDescription, description);
        main.setModelPixelScale(List.of(grid.cell(), grid.cell(), 0.0));
        main.setModelTiepoint(List.of(0.0, 0.0, 0.0, grid.west(), grid.north(), 0.0));
        // GeoKeyDirectory: version 1.1.0, 4 keys — geographic model, pixel-is-area, WGS 84, degrees
        main.setUnsignedIntegerListEntryValue(FieldTagType.GeoKeyDirectory, List.of(
                1, 1, 0, 4,
                1024, 0, 1, 2,
                1025, 0, 1, 1,
                2048, 0, 1, 4326,
                2054, 0, 1, 9102));
        main.setStringEntryValue(FieldTagType.GDAL_NODATA, formatNoData());
        image.add(main);
        int w = grid.cols();
        int h = grid.rows();
        float[] level = values;
        while (Math.max(w, h) > MIN_OVERVIEW_SIDE * 2) {
            int nw = (w + 1) / 2;
            int nh = (h + 1) / 2;
            level = halve(level, w, h, nw, nh);
            w = nw;
            h = nh;
            image.add(directory(w, h, level, sample, true));
        }
        TiffWriter.writeTiff(file.toFile(), image);
    }

    private static String formatNoData() {
        return Integer.toString((int) NO_DATA);
    }

    private static FileDirectory directory(int w, int h, float[] values, Sample sample, boolean overview) {
        boolean int16 = sample == Sample.INT16;
        Rasters rasters = new Rasters(w, h, 1, int16 ? FieldType.SSHORT : FieldType.FLOAT);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                float v = values[r * w + c];
                float out = Float.isNaN(v) ? NO_DATA : v;
                if (int16) {
                    rasters.setFirstPixelSample(c, r, (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(out))));
                } else {
                    rasters.setFirstPixelSample(c, r, out);
                }
            }
        }
        FileDirectory d = new FileDirectory();
        if (overview) d.setUnsignedLongEntryValue(FieldTagType.NewSubfileType, 1); // reduced-resolution image
        d.setImageWidth(w);
        d.setImageHeight(h);
        d.setBitsPerSample(int16 ? 16 : 32);
        d.setCompression(TiffConstants.COMPRESSION_DEFLATE);
        d.setPhotometricInterpretation(TiffConstants.PHOTOMETRIC_INTERPRETATION_BLACK_IS_ZERO);
        d.setSamplesPerPixel(1);
        d.setRowsPerStrip(ROWS_PER_STRIP);
        d.setPlanarConfiguration(TiffConstants.PLANAR_CONFIGURATION_CHUNKY);
        d.setSampleFormat(int16 ? TiffConstants.SAMPLE_FORMAT_SIGNED_INT : TiffConstants.SAMPLE_FORMAT_FLOAT);
        d.setWriteRasters(rasters);
        return d;
    }

    /** 2 × 2 mean, ignoring NaN (nodata); a block with no data stays NaN. */
    private static float[] halve(float[] src, int w, int h, int nw, int nh) {
        float[] out = new float[nw * nh];
        for (int r = 0; r < nh; r++) {
            for (int c = 0; c < nw; c++) {
                double sum = 0;
                int n = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int sc = Math.min(w - 1, 2 * c + dx);
                        int sr = Math.min(h - 1, 2 * r + dy);
                        float v = src[sr * w + sc];
                        if (!Float.isNaN(v)) {
                            sum += v;
                            n++;
                        }
                    }
                }
                out[r * nw + c] = n == 0 ? Float.NaN : (float) (sum / n);
            }
        }
        return out;
    }
}
