package org.onemap.dataimport.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureSource;

/**
 * Writes one layer, read through the core {@link FeatureSource} SPI, to a file in an exchange format.
 * Exporters stream features (a layer is never held in memory) and write under a temporary name that is
 * renamed into place at the end, so a failed export leaves nothing under the target name.
 *
 * <pre>{@code
 * LayerExporter x = LayerExporter.forFile(out).orElseThrow();
 * ExportResult r = x.export(workspace.layer("parcel"), Query.bbox(box), out);
 * }</pre>
 */
public interface LayerExporter {
    /** Short id, e.g. {@code shapefile}. */
    String id();

    /** Lower-case file extensions without the dot that select this exporter, e.g. {@code shp}. */
    List<String> extensions();

    /**
     * Writes the features of {@code source} matching {@code query} to {@code target}; geometries are
     * written in WGS 84 lon/lat (transformed when the layer's SRID is another one).
     *
     * @throws IOException when the file cannot be written; nothing is then left under {@code target}
     * @throws IllegalArgumentException when the layer cannot be expressed in the format (e.g. mixed shapes in a shapefile)
     */
    ExportResult export(FeatureSource source, Query query, Path target) throws IOException;

    /** The built-in exporters: shapefile, GeoJSON, xlsx, GeoPackage. */
    static List<LayerExporter> all() {
        return List.of(new ShapefileExport(), new GeoJsonExport(), new XlsxExport(), new GeoPackageExport());
    }

    /** The exporter for {@code target}'s extension, or empty for an unknown one. */
    static Optional<LayerExporter> forFile(Path target) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return all().stream().filter(x -> x.extensions().contains(ext)).findFirst();
    }
}
