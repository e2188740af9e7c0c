package org.onemap.dataimport.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export wrote: the files, the number of features, and how layer field names were renamed in the
 * file (a shapefile's DBF holds ≤ 10-byte names: {@code village_code → village_co}); unchanged names are
 * included, so the map lists every exported field in order.
 */
public record ExportResult(List<Path> files, long features, Map<String, String> fieldNames) {
    public ExportResult {
        files = List.copyOf(files);
        fieldNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldNames));
    }
}
