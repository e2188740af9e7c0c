package org.onemap.app.wall.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.onemap.core.feature.AttributeFilter;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;

/**
 * The governance module's {@code incident} layer as dispatch reads and writes it, through the
 * SPI only: open incidents in, status (and {@code closed_at} on closing) out, each change in its
 * own transaction so it is versioned and audited like any edit.
 */
final class IncidentLayer {
    static final String LAYER = "incident";

    private IncidentLayer() {}

    /** Incidents whose layer status is not closed, with the status the layer value means. */
    static List<Incident> readOpen(DataSource ws) {
        List<Incident> out = new ArrayList<>();
        if (!ws.hasLayer(LAYER)) return out;
        ws.layer(LAYER).read(Query.ALL, f -> {
            IncidentStatus s = IncidentStatus.ofLayerValue(f.get("status"));
            Point p = ResponseUnits.position(f.geometry());
            if (s == IncidentStatus.CLOSED || p == null) return;
            String category = f.get("category") == null ? "" : f.get("category").toString();
            out.add(new Incident(f.id(), text(f.get("incident_code")), category, DispatchLog.instant(f.get("reported_at")),
                    p.getX(), p.getY(), IncidentPriority.of(category), s, null, null));
        });
        return out;
    }

    /** Writes {@code to} to the incident's {@code status} (and {@code closed_at} when closing) as {@code who}. */
    static void writeStatus(DataSource ws, String id, IncidentStatus to, Instant at, String who) {
        FeatureStore store = ws.writableLayer(LAYER)
                .orElseThrow(() -> new DataSourceException("the incident layer is read-only here: dispatch cannot record status changes"));
        try (Transaction tx = store.begin(who)) {
            List<Feature> found = store.list(Query.ALL.and(AttributeFilter.eq("id", id)).withLimit(1));
            if (found.isEmpty()) throw new DataSourceException("incident " + id + " is no longer in the incident layer");
            Feature f = found.get(0).withAttribute("status", to.layerValue());
            if (to == IncidentStatus.CLOSED && store.schema().field("closed_at").isPresent()) f = f.withAttribute("closed_at", at);
            tx.update(f);
            tx.commit();
        }
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }
}
