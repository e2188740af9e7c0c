package org.onemap.core.spi;

import org.onemap.core.feature.LayerSchema;

/**
 * Optional capability of a {@link DataSource}: fill a NEW layer fast, as one operation. A store that
 * implements it may defer what makes row-by-row writes slow (spatial index, per-row stamp and audit
 * triggers) to the end of the load, where it is built once. Callers test {@code source instanceof
 * BulkLoading} and fall back to {@link DataSource#createLayer} + {@link Transaction#insertAll} otherwise.
 */
public interface BulkLoading {
    /**
     * Starts loading a layer that does not exist yet. Nothing is visible as a layer until
     * {@link BulkLoad#finish()}; closing the load unfinished removes everything it wrote.
     *
     * @param schema the new layer (its name must be free)
     * @param user   recorded in {@code updated_by} and the one audit record of the load
     * @throws DataSourceException when the name is taken or the source is read-only
     */
    BulkLoad startBulkLoad(LayerSchema schema, String user);

    /**
     * As {@link #startBulkLoad(LayerSchema, String)}, for features that already come in a good spatial order
     * (neighbours after neighbours): the store writes them as they come instead of holding them back to
     * order them, so the writing overlaps the caller's reading. Default: the same as the two-argument form.
     */
    default BulkLoad startBulkLoadInGivenOrder(LayerSchema schema, String user) {
        return startBulkLoad(schema, user);
    }
}
