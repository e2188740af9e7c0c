package org.onemap.dataimport.pipeline;

import org.onemap.dataimport.ImportReport;

/**
 * The outcome of a committed import.
 *
 * @param importId id to undo it with ({@link ImportCatalog#undo})
 * @param layer    the layer written
 * @param written  features written
 * @param skipped  rows left out (valid-rows mode)
 * @param created  whether the layer was created by this import
 */
public record ImportResult(String importId, String layer, long written, long skipped, boolean created, ImportReport report) {
}
