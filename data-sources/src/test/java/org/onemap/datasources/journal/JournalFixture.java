package org.onemap.datasources.journal;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.onemap.core.edit.ParcelEdits;
import org.onemap.core.edit.session.ChangeSet;
import org.onemap.core.edit.session.EditSession;
import org.onemap.core.feature.Feature;

/** The stored parcels both JVMs of the crash test start from, and the edits the writer applies. */
final class JournalFixture {
    static final GeometryFactory GF = new GeometryFactory();

    private JournalFixture() {}

    static List<Feature> storedParcels() {
        return List.of(
                new Feature("1", ParcelEdits.rectangle(GF, new Coordinate(0, 0), new Coordinate(10, 10)),
                        Map.of("code", "430302-001-00001", "crop", "水稻", "mu", 0.15), 3),
                new Feature("2", ParcelEdits.rectangle(GF, new Coordinate(20, 0), new Coordinate(30, 10)),
                        Map.of("code", "430302-001-00002", "plots", 4L), 7));
    }

    /** Edit number {@code k} (0-based): 0 splits parcel 2, later ones move parcel 1 one unit east. */
    static void applyEdit(EditSession session, int k) {
        if (k == 0) {
            Feature p2 = session.feature("2");
            LineString cut = GF.createLineString(new Coordinate[] {new Coordinate(25, -1), new Coordinate(25, 11)});
            session.execute(ChangeSet.replace("Split 2", List.of(p2), ParcelEdits.split(p2.geometry(), cut)));
        } else {
            Feature p1 = session.feature("1");
            session.execute(ChangeSet.reshape("Move 1", p1, ParcelEdits.move(p1.geometry(), 1, 0)));
        }
    }
}
