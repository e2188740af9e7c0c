package org.onemap.dataimport.pipeline;

import java.util.Map;
import java.util.Objects;

/**
 * What to import and how.
 *
 * @param layer     target layer name; null = derived from the file name
 * @param params    importer parameters (keys of {@link org.onemap.dataimport.ImportParameters})
 * @param rows      all-or-nothing (default) or only the valid rows
 * @param target    create a new layer, append to an existing one, or replace its features
 * @param user      recorded in {@code updated_by}, the audit log and the import catalog
 */
public record ImportRequest(String layer, Map<String, ?> params, RowMode rows, TargetMode target, String user) {
    /** Which rows are written. */
    public enum RowMode {
        /** Any invalid row rejects the whole import; nothing is written. */
        ALL,
        /** Valid rows are written; the others are in the report. */
        VALID_ROWS
    }

    /** What happens to the target layer. */
    public enum TargetMode { CREATE, APPEND, REPLACE }

    public ImportRequest {
        params = params == null ? Map.of() : Map.copyOf(params);
        rows = Objects.requireNonNullElse(rows, RowMode.ALL);
        target = Objects.requireNonNullElse(target, TargetMode.CREATE);
        user = Objects.requireNonNullElse(user, System.getProperty("user.name", "unknown"));
    }
}
