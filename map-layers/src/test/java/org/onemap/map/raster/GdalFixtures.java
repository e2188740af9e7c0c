package org.onemap.map.raster;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Builds small real GeoTIFFs with the GDAL command-line tools (gdal-bin), so the reader is tested on
 * files written by the reference implementation rather than by itself. Pixel values come from an
 * ESRI ASCII grid written here, so every pixel's value is known.
 *
 * <p>Without gdal-bin the calling test is skipped, except on CI ({@code CI=true}) where it fails.
 */
final class GdalFixtures {
    private final Path dir;
    private int counter;

    GdalFixtures(Path dir) {
        this.dir = dir;
        requireGdal();
    }

    static void requireGdal() {
        boolean present = onPath("gdal_translate") && onPath("gdal_create") && onPath("gdaladdo");
        if (present) return;
        String msg = "gdal-bin (gdal_translate, gdal_create, gdaladdo) is not installed: apt-get install gdal-bin";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + " — required on CI");
        Assumptions.assumeTrue(false, msg + " — skipping GeoTIFF fixture tests");
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String p : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, tool))) return true;
        }
        return false;
    }

    /** An ASCII grid of {@code cols} × {@code rows} with value {@code f(col, row)} and no nodata value. */
    Path asciiGrid(int cols, int rows, PixelValue f) throws IOException {
        return asciiGrid(cols, rows, f, false);
    }

    /** As {@link #asciiGrid(int, int, PixelValue)}; with {@code noData}, -9999 marks nodata pixels. */
    Path asciiGrid(int cols, int rows, PixelValue f, boolean noData) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("ncols ").append(cols).append("\nnrows ").append(rows)
                .append("\nxllcorner 0\nyllcorner 0\ncellsize 1\n");
        if (noData) sb.append("NODATA_value -9999\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) sb.append(c == 0 ? "" : " ").append(format(f.at(c, r)));
            sb.append('\n');
        }
        Path p = dir.resolve("grid" + (counter++) + ".asc");
        Files.writeString(p, sb.toString(), StandardCharsets.US_ASCII);
        return p;
    }

    /**
     * gdal_translate {@code source} to a GeoTIFF of type {@code type} in {@code epsg}, with its
     * top-left corner at (ulx, uly) and square pixels of {@code pixel} CRS units, plus creation options.
     */
    Path translate(Path source, String name, String type, int epsg, double ulx, double uly, double pixel,
                   int cols, int rows, String... creationOptions) throws IOException {
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("gdal_translate", "-q", "-of", "GTiff", "-ot", type,
                "-a_srs", "EPSG:" + epsg, "-a_ullr", num(ulx), num(uly), num(ulx + cols * pixel), num(uly - rows * pixel)));
        for (String co : creationOptions) {
            cmd.add("-co");
            cmd.add(co);
        }
        cmd.add(source.toString());
        cmd.add(out.toString());
        run(cmd);
        return out;
    }

    /** gdal_translate {@code source} to GeoTIFF keeping its georeferencing, with extra arguments. */
    Path translateAsIs(Path source, String name, String... args) throws IOException {
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("gdal_translate", "-q", "-of", "GTiff"));
        cmd.addAll(List.of(args));
        cmd.add(source.toString());
        cmd.add(out.toString());
        run(cmd);
        return out;
    }

    /** gdal_create: a constant raster (every pixel {@code burn}). */
    Path create(String name, String type, int bands, int burn, int epsg, double ulx, double uly, double pixel,
                int cols, int rows, String... creationOptions) throws IOException {
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("gdal_create", "-q", "-of", "GTiff", "-outsize", "" + cols, "" + rows,
                "-bands", "" + bands, "-ot", type, "-burn", "" + burn, "-a_srs", "EPSG:" + epsg,
                "-a_ullr", num(ulx), num(uly), num(ulx + cols * pixel), num(uly - rows * pixel)));
        for (String co : creationOptions) {
            cmd.add("-co");
            cmd.add(co);
        }
        cmd.add(out.toString());
        run(cmd);
        return out;
    }

    /** Stacks single-band sources into one multi-band GeoTIFF (gdalbuildvrt -separate, then gdal_translate). */
    Path stack(String name, String type, int epsg, double ulx, double uly, double pixel, int cols, int rows,
               List<Path> bands, String... creationOptions) throws IOException {
        Path vrt = dir.resolve(name + ".vrt");
        List<String> cmd = new ArrayList<>(List.of("gdalbuildvrt", "-q", "-separate", vrt.toString()));
        bands.forEach(b -> cmd.add(b.toString()));
        run(cmd);
        return translate(vrt, name, type, epsg, ulx, uly, pixel, cols, rows, creationOptions);
    }

    /** Adds internal overviews (nearest neighbour) at the given factors. */
    void addOverviews(Path tif, int... factors) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("gdaladdo", "-q", "-r", "nearest", tif.toString()));
        for (int f : factors) cmd.add("" + f);
        run(cmd);
    }

    /** A pixel's value in a fixture. */
    interface PixelValue {
        double at(int col, int row);
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.10f", v);
    }

    private static void run(List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Process p = pb.start();
        String output;
        try {
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", cmd));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", cmd), e);
        }
        if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed (" + p.exitValue() + "): " + output);
    }
}
