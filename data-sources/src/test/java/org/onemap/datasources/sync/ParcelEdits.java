package org.onemap.datasources.sync;

import java.util.List;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.Transaction;

/** Reads and edits of the {@code parcel} layer as a planner on one side of a sync makes them (tests). */
public final class ParcelEdits {
    private ParcelEdits() {}

    /** The parcel with this {@code parcel_code}, or null. */
    public static Feature byCode(DataSource ds, String code) {
        List<Feature> l = ds.layer("parcel").list(Query.ALL.and(AttributeFilter.eq("parcel_code", code)));
        return l.isEmpty() ? null : l.get(0);
    }

    /** Saves {@code f} (an edited copy of a parcel) as {@code user}, in its own transaction. */
    public static void write(DataSource ds, Feature f, String user) {
        try (Transaction tx = ds.writableLayer("parcel").orElseThrow().begin(user)) {
            tx.update(f);
            tx.commit();
        }
    }
}
