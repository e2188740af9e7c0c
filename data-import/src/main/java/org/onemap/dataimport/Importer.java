package org.onemap.dataimport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.onemap.core.spi.Parameter;

/**
 * Service-provider entry of one import format, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.onemap.dataimport.Importer}). Parameters are metadata so one wizard and
 * one CLI serve every format: a new format is a new class and a services line.
 */
public interface Importer {
    /** Stable id, e.g. {@code shapefile}, {@code table}, {@code geojson}. */
    String id();

    /** Name shown to users. */
    String displayName();

    /** True if this importer reads {@code file} (by extension, cheaply; no parsing). */
    boolean canRead(Path file);

    /** The parameters {@link #open} understands (keys of {@link ImportParameters}). */
    List<Parameter> parameters();

    /**
     * Opens {@code file} for preview and reading.
     *
     * @throws ImportException if the file cannot be used as given (unknown CRS without {@code srs} …)
     * @throws IOException     if it cannot be read
     */
    ImportSource open(Path file, Map<String, ?> params) throws IOException;
}
