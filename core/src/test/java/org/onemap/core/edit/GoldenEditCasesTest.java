package org.onemap.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.onemap.core.edit.snap.SnapIndex;
import org.onemap.core.edit.snap.SnapKind;
import org.onemap.core.edit.snap.SnapResult;

/** Runs the JTS-style golden cases in src/test/resources/edit (format described in README.txt there). */
class GoldenEditCasesTest {
    private static final double TOLERANCE = 1e-9;
    private static final GeometryFactory GF = new GeometryFactory();
    private final WKTReader wkt = new WKTReader(GF);

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : List.of("split.txt", "merge.txt", "reshape.txt", "hole.txt", "snap.txt")) {
            for (Map<String, String> c : parse(file)) {
                tests.add(DynamicTest.dynamicTest(file + ": " + c.get("case"), () -> run(file, c)));
            }
        }
        return tests.stream();
    }

    private void run(String file, Map<String, String> c) throws ParseException {
        String where = file + " case '" + c.get("case") + "'";
        if (c.containsKey("error")) {
            EditException e = assertThrows(EditException.class, () -> apply(c), where + " should be refused");
            assertTrue(e.getMessage().contains(c.get("error")),
                    where + ": expected an error containing '" + c.get("error") + "' but got: " + e.getMessage());
            return;
        }
        Geometry actual = apply(c);
        String expectedText = c.get("expected");
        if ("none".equals(expectedText)) {
            assertEquals(null, actual, where + ": expected no snap");
            return;
        }
        Geometry expected = wkt.read(expectedText);
        if (actual == null) fail(where + ": expected " + expectedText + " but the operation returned nothing");
        Geometry a = actual.norm();
        Geometry e = expected.norm();
        assertTrue(a.equalsExact(e, TOLERANCE), where + ":\n expected " + e + "\n   actual " + a
                + "\n(compare after normalize(); update the file only if the new result is correct)");
    }

    private Geometry apply(Map<String, String> c) throws ParseException {
        Geometry input = wkt.read(c.get("input"));
        Geometry arg = c.containsKey("arg") ? wkt.read(c.get("arg")) : null;
        switch (c.get("op")) {
            case "split" -> {
                List<Polygon> pieces = ParcelEdits.split(input, (LineString) arg);
                return GF.createMultiPolygon(pieces.toArray(Polygon[]::new));
            }
            case "merge" -> {
                List<Geometry> parts = new ArrayList<>();
                for (int i = 0; i < input.getNumGeometries(); i++) parts.add(input.getGeometryN(i));
                return ParcelEdits.merge(parts);
            }
            case "reshape" -> { return ParcelEdits.reshape(input, (LineString) arg); }
            case "hole" -> { return ParcelEdits.addHole(input, arg); }
            case "cutout" -> { return ParcelEdits.cutOut(input, arg); }
            case "snap" -> { return snap(input, (Point) arg, c); }
            default -> throw new IllegalArgumentException("unknown op '" + c.get("op") + "' in case " + c.get("case"));
        }
    }

    private Geometry snap(Geometry visible, Point p, Map<String, String> c) {
        SnapIndex index = new SnapIndex();
        for (int i = 0; i < visible.getNumGeometries(); i++) index.add("f" + i, visible.getGeometryN(i));
        EnumSet<SnapKind> kinds = EnumSet.noneOf(SnapKind.class);
        for (String k : c.get("kinds").split(",")) kinds.add(SnapKind.valueOf(k.trim().toUpperCase()));
        Optional<SnapResult> r = index.snap(p.getCoordinate(), Double.parseDouble(c.get("tolerance")), kinds);
        if (r.isEmpty()) return null;
        if (c.containsKey("kind")) {
            assertEquals(SnapKind.valueOf(c.get("kind")), r.get().kind(), "snap kind in case " + c.get("case"));
        }
        return GF.createPoint(r.get().point());
    }

    private static List<Map<String, String>> parse(String file) throws IOException {
        List<Map<String, String>> cases = new ArrayList<>();
        try (InputStream in = GoldenEditCasesTest.class.getResourceAsStream("/edit/" + file)) {
            if (in == null) throw new IOException("golden file /edit/" + file + " missing from test resources");
            Map<String, String> current = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (t.startsWith("#")) continue;
                if (t.isEmpty()) {
                    if (!current.isEmpty()) cases.add(current);
                    current = new LinkedHashMap<>();
                    continue;
                }
                int colon = t.indexOf(':');
                current.put(t.substring(0, colon).strip(), t.substring(colon + 1).strip());
            }
            if (!current.isEmpty()) cases.add(current);
        }
        return cases;
    }
}
