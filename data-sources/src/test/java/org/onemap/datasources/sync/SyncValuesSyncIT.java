package org.onemap.datasources.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.onemap.core.feature.Feature;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.feature.GeometryKind;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.Transaction;
import org.onemap.datasources.h2gis.H2gisWorkspace;
import org.onemap.datasources.postgis.FreshDatabase;

/**
 * Every field type, nulls and text that COPY has to escape (tab, newline, backslash, a literal {@code \N})
 * arrive unchanged through publish, push (insert, update, delete) and pull.
 */
class SyncValuesSyncIT {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final LayerSchema PLOT = new LayerSchema("plot", GeometryKind.POLYGON, 4326, List.of(
            FieldDef.of("code", FieldType.STRING), FieldDef.of("note", FieldType.STRING), FieldDef.of("households", FieldType.INTEGER),
            FieldDef.of("subsidy_fen", FieldType.LONG), FieldDef.of("area_mu", FieldType.DOUBLE), FieldDef.of("irrigated", FieldType.BOOLEAN),
            FieldDef.of("contract_date", FieldType.DATE), FieldDef.of("surveyed_at", FieldType.TIMESTAMP)));
    private static final String AWKWARD = "tab\there, line\nbreak, cr\rreturn, back\\slash, \\N literal, 'quote' \"dq\" 水稻";

    @TempDir
    Path tmp;

    @RegisterExtension
    final FreshDatabase db = FreshDatabase.withServer("admin");

    private static Feature plot(int i, String note) {
        double x = 112.9 + i * 0.001;
        Map<String, Object> a = new HashMap<>();
        a.put("code", "P" + i);
        a.put("note", note);
        a.put("households", 3 + i);
        a.put("subsidy_fen", 12_345_678_901L + i);
        a.put("area_mu", 1.0 / 3 + i);
        a.put("irrigated", i % 2 == 0);
        a.put("contract_date", LocalDate.of(2026, 3, 1 + i));
        a.put("surveyed_at", Instant.parse("2026-11-28T08:15:30Z").plusSeconds(i));
        return Feature.create(GF.toGeometry(new Envelope(x, x + 0.0009, 27.8, 27.8009)), a);
    }

    private static Feature empty(int i) {
        double x = 112.9 + i * 0.001;
        Map<String, Object> a = new HashMap<>();
        a.put("code", "P" + i);
        for (String f : List.of("note", "households", "subsidy_fen", "area_mu", "irrigated", "contract_date", "surveyed_at")) a.put(f, null);
        return Feature.create(GF.toGeometry(new Envelope(x, x + 0.0009, 27.8, 27.8009)), a);
    }

    /** code → attributes and geometry (WKT) of every feature. */
    private static Map<String, String> contents(DataSource ds) {
        Map<String, String> out = new TreeMap<>();
        ds.layer("plot").read(Query.ALL, f -> out.put((String) f.get("code"), new TreeMap<>(f.attributes()) + " " + f.geometry()));
        return out;
    }

    private static Feature byCode(DataSource ds, String code) {
        return ds.layer("plot").list(Query.ALL).stream().filter(f -> code.equals(f.get("code"))).findFirst().orElseThrow();
    }

    @Test
    void everyTypeAndAwkwardTextSurvivePublishPushAndPull() {
        try (H2gisWorkspace ws = H2gisWorkspace.open(tmp.resolve("ws"), "planner")) {
            try (Transaction tx = ws.createLayer(PLOT).begin("planner")) {
                tx.insert(plot(1, AWKWARD));
                tx.insert(empty(2));
                tx.insert(plot(3, "plain"));
                tx.commit();
            }
            WorkspaceSync sync = new WorkspaceSync(ws, db.open("planner"));
            assertEquals(List.of("plot"), sync.sync().published());
            assertEquals(contents(ws), contents(db.server()), "published as stored");

            try (Transaction tx = ws.writableLayer("plot").orElseThrow().begin("planner")) {
                tx.update(byCode(ws, "P1").withAttribute("note", AWKWARD + " (edited)\t").withAttribute("households", null));
                tx.update(byCode(ws, "P2").withAttribute("note", "\\").withAttribute("irrigated", false));
                Feature gone = byCode(ws, "P3");
                tx.delete(gone.id(), gone.version());
                tx.insert(plot(4, "\t\n\\\r"));
                tx.commit();
            }
            SyncReport pushed = sync.sync();
            assertFalse(pushed.hasConflicts(), pushed.conflicts().toString());
            assertEquals(4, pushed.pushed(), "two updates, a delete and an insert");
            assertEquals(contents(ws), contents(db.server()), "pushed as stored");
            assertEquals(2, byCode(db.server(), "P1").version(), "an update carries the workspace's version");

            try (Transaction tx = db.server().writableLayer("plot").orElseThrow().begin("admin")) {
                tx.update(byCode(db.server(), "P4").withAttribute("note", "server\\edit\n").withAttribute("surveyed_at", Instant.parse("2027-01-02T03:04:05Z")));
                tx.commit();
            }
            SyncReport pulled = sync.sync();
            assertEquals(1, pulled.pulled());
            assertEquals(contents(db.server()), contents(ws), "pulled as stored");
            assertEquals("server\\edit\n", byCode(ws, "P4").get("note"));
        }
    }
}
