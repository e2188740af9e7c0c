package org.onemap.dataimport;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One row/feature as a reader found it, before validation: its location in the source, the geometry in
 * the source CRS ({@code crs}: an id of {@link org.onemap.core.crs.CrsRegistry}; null geometry when the
 * row has none) and the attributes in column order.
 */
public record SourceRecord(String sheet, long row, Geometry geometry, String crs, Map<String, Object> attributes) {
}
