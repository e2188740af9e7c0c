package org.onemap.app.desktop.raster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.onemap.sample.raster.SyntheticRasters;
import org.onemap.sample.synthetic.SyntheticLayers;

/**
 * The labelled synthetic DEM and NDVI of Xiangtan, written once per test JVM by the sample generator
 * into a temporary folder (seconds of work), for the 2,000 parcels the seeded GUI workspace holds;
 * deleted at exit.
 */
public final class GeneratedRasters {
    /** The parcel count the NDVI agrees with (the seeded GUI workspace's). */
    public static final int PARCELS = 2_000;
    private static Path dir;

    private GeneratedRasters() {}

    /** The folder holding {@link SyntheticRasters#DEM_FILE} and {@link SyntheticRasters#NDVI_FILE}. */
    public static synchronized Path folder() {
        if (dir == null) {
            try {
                Path d = Files.createTempDirectory("onemap-rasters-");
                new SyntheticRasters(SyntheticLayers.DEFAULT_SEED, PARCELS).writeAll(d);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d)));
                dir = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    public static Path ndvi() { return folder().resolve(SyntheticRasters.NDVI_FILE); }

    public static Path dem() { return folder().resolve(SyntheticRasters.DEM_FILE); }

    /** A copy of the NDVI cut after {@code bytes} bytes, as a broken download leaves it. */
    public static Path truncatedCopy(Path dir, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(ndvi());
        Path out = dir.resolve("ndvi_truncated.tif");
        Files.write(out, java.util.Arrays.copyOf(all, Math.min(bytes, all.length)));
        return out;
    }

    private static void delete(Path d) {
        try (var walk = Files.walk(d)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
