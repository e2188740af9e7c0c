package org.onemap.datasources.sync;

import java.time.Instant;
import java.util.Objects;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.LayerSchema;

/** A feature with its stamps as one side stores it; the feature id is that side's id. */
record Row(Feature feature, Instant updatedAt, String updatedBy) {
    /** Receives rows while a result set is open. */
    interface Sink {
        void accept(Row row) throws java.sql.SQLException;
    }

    /** The same content under another version and stamps. */
    Row as(long version, Instant at, String by) {
        return new Row(new Feature(feature.id(), feature.geometry(), feature.attributes(), version), at, by);
    }

    long version() { return feature.version(); }

    /** Same geometry and attribute values (ids, versions and stamps aside). */
    boolean sameContent(Row other, LayerSchema schema) {
        Feature a = feature;
        Feature b = other.feature;
        if (a.geometry() == null ? b.geometry() != null : b.geometry() == null || !a.geometry().equalsExact(b.geometry())) return false;
        for (var f : schema.fields()) {
            if (!same(a.get(f.name()), b.get(f.name()))) return false;
        }
        return true;
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof Number n && y instanceof Number m) return Double.compare(n.doubleValue(), m.doubleValue()) == 0;
        return Objects.equals(x, y);
    }
}
