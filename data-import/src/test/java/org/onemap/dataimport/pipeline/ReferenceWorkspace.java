package org.onemap.dataimport.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * A small real H2GIS workspace with reference layers shaped like the seeded ones (county: name/adcode
 * polygon; township and village: name/code points) around 湘潭县, for imports that join or check the area.
 */
final class ReferenceWorkspace {
    static final GeometryFactory GF = new GeometryFactory();
    /** 湘潭县 (box), the county every fixture row must fall in. */
    static final Envelope COUNTY = new Envelope(112.5, 113.2, 27.6, 28.0);

    private ReferenceWorkspace() {}

    static H2gisWorkspace create(Path dir) {
        H2gisWorkspace ws = H2gisWorkspace.open(dir, "tester");
        FeatureStore county = ws.createLayer(new LayerSchema("county", GeometryKind.MULTIPOLYGON, 4326,
                List.of(new FieldDef("name", FieldType.STRING, true), new FieldDef("adcode", FieldType.STRING, true))));
        write(county, Feature.create(GF.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {(org.locationtech.jts.geom.Polygon) GF.toGeometry(COUNTY)}),
                Map.of("name", "湘潭县", "adcode", "430321")));
        FeatureStore township = ws.createLayer(new LayerSchema("township", GeometryKind.POINT, 4326,
                List.of(new FieldDef("name", FieldType.STRING, true), new FieldDef("code", FieldType.STRING, true))));
        write(township, point(112.90, 27.75, "花石镇", "430321101"), point(112.80, 27.85, "射埠镇", "430321102"));
        FeatureStore village = ws.createLayer(new LayerSchema("village", GeometryKind.POINT, 4326,
                List.of(new FieldDef("name", FieldType.STRING, true), new FieldDef("code", FieldType.STRING, true))));
        write(village, point(112.91, 27.76, "团结村", "430321101001"), point(112.92, 27.77, "和平村", "430321101002"),
                point(112.81, 27.86, "光明村", "430321102001"));
        return ws;
    }

    private static Feature point(double lon, double lat, String name, String code) {
        return Feature.create(GF.createPoint(new Coordinate(lon, lat)), Map.of("name", name, "code", code));
    }

    private static void write(FeatureStore store, Feature... fs) {
        try (Transaction tx = store.begin("tester")) {
            for (Feature f : fs) tx.insert(f);
            tx.commit();
        }
    }

    /** Layer count and audit row count: what "nothing half-written" compares. */
    static String state(H2gisWorkspace ws) {
        long audit = ((Number) ws.sql("SELECT COUNT(*) FROM onemap_audit").rows().get(0).get(0)).longValue();
        return ws.layers().size() + " layers " + ws.layers().stream().map(l -> l.name() + "=" + l.count()).toList() + ", " + audit + " audit rows";
    }
}
