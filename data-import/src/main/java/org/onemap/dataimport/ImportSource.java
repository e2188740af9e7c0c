package org.onemap.dataimport;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * An opened import file: what the preview shows (detected encoding, CRS, columns) and the records.
 * Never modifies the file.
 */
public interface ImportSource extends AutoCloseable {
    /** One-line facts for the preview and the report, e.g. "encoding GB18030 (detected …)", "CRS EPSG:4547 (from .prj)". */
    List<String> description();

    /** Source column names in order (after header detection and renaming). */
    List<String> columns();

    /**
     * Streams the records to {@code sink}. Problems a reader can see (unreadable cell, unknown name) go to
     * the context's report with their location; the record is then passed with a null geometry or skipped.
     *
     * @throws IOException on unreadable or corrupt input (message names the file and the record)
     */
    void read(ImportContext context, Consumer<SourceRecord> sink) throws IOException;

    /**
     * The attribute types and geometry type the file declares (a shapefile's DBF header), columns in
     * {@link #columns()} order; the pipeline then streams in one pass instead of inferring types from all
     * values first. Empty when types must be inferred. The schema's name is not used.
     */
    default java.util.Optional<org.onemap.core.feature.LayerSchema> declaredSchema() { return java.util.Optional.empty(); }

    @Override
    void close() throws IOException;
}
