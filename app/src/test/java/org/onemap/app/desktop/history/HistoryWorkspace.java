package org.onemap.app.desktop.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;

/**
 * A real H2GIS workspace file for the history and batch-edit view-model tests, opened once per JVM
 * (loading H2GIS costs seconds): each test makes its own parcel layer of squares near Xiangtan.
 */
public final class HistoryWorkspace {
    public static final String[] CROPS = {"水稻", "湘莲", "蔬菜", "油菜", "茶叶", "柑橘"};
    private static final GeometryFactory GF = new GeometryFactory();
    private static H2gisWorkspace workspace;

    private HistoryWorkspace() {}

    public static synchronized H2gisWorkspace get() {
        if (workspace == null) {
            try {
                Path dir = Files.createTempDirectory("onemap-history-test-");
                workspace = H2gisWorkspace.open(dir, "测试员");
                Runtime.getRuntime().addShutdownHook(new Thread(workspace::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workspace;
    }

    /** Square {@code i} (0.001° wide) of a row starting at 112.9 E, 27.8 N. */
    public static Geometry square(int i) {
        double x = 112.9 + i * 0.001;
        return GF.toGeometry(new Envelope(x, x + 0.0009, 27.8, 27.8009));
    }

    /** A new layer {@code name} with {@code n} parcels inserted one by one (each audited), crops in {@link #CROPS} order. */
    public static FeatureStore parcels(String name, int n) {
        FeatureStore s = get().createLayer(new LayerSchema(name, GeometryKind.POLYGON, LayerSchema.WGS84, List.of(
                FieldDef.of("parcel_code", FieldType.STRING), FieldDef.of("crop", FieldType.STRING),
                FieldDef.of("area_mu", FieldType.DOUBLE), FieldDef.of("owner", FieldType.STRING))));
        try (Transaction tx = s.begin("录入员")) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("parcel_code", String.format("430321-012-%05d", i));
                a.put("crop", CROPS[i % CROPS.length]);
                a.put("area_mu", 1.5 + i);
                a.put("owner", "农户" + i);
                tx.insert(Feature.create(square(i), a));
            }
            tx.commit();
        }
        return s;
    }

    /** Writes {@code f} with one attribute changed, as user {@code user}; returns the stored feature. */
    public static Feature update(FeatureStore s, Feature f, String field, Object value, String user) {
        try (Transaction tx = s.begin(user)) {
            tx.update(f.withAttribute(field, value));
            tx.commit();
        }
        return byId(s, f.id());
    }

    public static Feature byId(FeatureStore s, String id) {
        return s.list(Query.ALL).stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /** An instant strictly between the writes before and after it. */
    public static java.time.Instant pause() {
        try {
            Thread.sleep(20);
            java.time.Instant t = java.time.Instant.now();
            Thread.sleep(20);
            return t;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
