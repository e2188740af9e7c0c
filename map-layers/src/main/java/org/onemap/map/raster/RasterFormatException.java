package org.onemap.map.raster;

import java.nio.file.Path;

/**
 * A raster file that cannot be read as a GeoTIFF: corrupt, truncated, not georeferenced, or using a
 * TIFF feature OneMap does not read (JPEG compression, a user-defined CRS). The message starts with
 * the file name so a user can tell which of several layers is broken.
 *
 * <p>Unchecked because it can also surface from a lazy read of a strip or tile while rendering; the
 * renderer's callers catch it per layer so one bad file does not stop the map.
 */
public class RasterFormatException extends RuntimeException {
    private final transient Path file;

    public RasterFormatException(Path file, String what) {
        super(file.getFileName() + ": " + what);
        this.file = file;
    }

    public RasterFormatException(Path file, String what, Throwable cause) {
        super(file.getFileName() + ": " + what, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
