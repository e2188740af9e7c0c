package org.onemap.dataimport.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.onemap.core.feature.Query;
import org.onemap.core.spi.DataSource;
import org.onemap.dataimport.ImportException;

/**
 * The workspace's reference places for joins, read through the SPI: counties ({@code county}: name,
 * adcode — 6 digits), townships ({@code township}: name, code — 9 digits) and villages ({@code village}:
 * name, code — 12 digits). A row is placed at the place's point (a county at an interior point). Names that
 * do not match suggest the nearest names by edit distance.
 */
final class Gazetteer {
    record Place(String level, String name, String code, Geometry point) {
    }

    /** A lookup result: the place, or why there is none (with suggestions). */
    record Match(Place place, String problem) {
    }

    private final Map<String, Place> byCode = new HashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final List<Place> all = new ArrayList<>();

    Gazetteer(DataSource ws) {
        if (ws == null) throw new ImportException("joining by code or name needs a workspace with the village/township/county layers");
        load(ws, "village", "村", "code");
        load(ws, "township", "乡镇", "code");
        load(ws, "county", "县区", "adcode");
        if (all.isEmpty()) throw new ImportException("the workspace has no village, township or county layer to join with");
    }

    private void load(DataSource ws, String layer, String level, String codeField) {
        if (!ws.hasLayer(layer)) return;
        ws.layer(layer).read(Query.ALL, f -> {
            Object name = f.get("name");
            Object code = f.get(codeField);
            if (name == null || f.geometry() == null) return;
            Geometry g = f.geometry();
            Geometry pt = g.getDimension() == 0 ? g.getCentroid() : g.getInteriorPoint();
            Place p = new Place(level, name.toString().trim(), code == null ? null : code.toString().trim(), pt);
            all.add(p);
            if (p.code() != null) byCode.putIfAbsent(p.code(), p);
            byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        });
    }

    Match byCode(String text) {
        String code = text.trim().replaceAll("\\.0+$", "");
        if (!code.matches("\\d{6}|\\d{9}|\\d{12}")) {
            return new Match(null, "not an admin code (expected 6, 9 or 12 digits)");
        }
        Place p = byCode.get(code);
        if (p != null) return new Match(p, null);
        List<String> near = nearest(code, all.stream().map(Place::code).filter(c -> c != null && c.length() == code.length()).toList(), 2);
        return new Match(null, "unknown admin code" + (near.isEmpty() ? "" : "; did you mean " + String.join(" / ", near) + "?"));
    }

    Match byName(String text) {
        String name = text.trim();
        List<Place> hits = byName.get(name);
        if (hits == null) {
            // "团结" for "团结村", or "团结村委会"
            for (String suffix : new String[] {"村", "社区", "镇", "乡"}) {
                hits = byName.get(name + suffix);
                if (hits != null) break;
            }
            if (hits == null && name.endsWith("村委会")) hits = byName.get(name.substring(0, name.length() - 2));
        }
        if (hits != null && hits.size() == 1) return new Match(hits.get(0), null);
        if (hits != null) {
            String first = hits.get(0).level();
            List<Place> sameLevel = hits.stream().filter(p -> p.level().equals(first)).toList();
            if (sameLevel.size() == 1) return new Match(sameLevel.get(0), null);
            return new Match(null, "ambiguous: " + sameLevel.size() + " places named " + name + " (codes "
                    + String.join(", ", sameLevel.stream().map(Place::code).toList()) + "); join by code instead");
        }
        List<String> near = nearest(name, new ArrayList<>(byName.keySet()), Math.max(1, name.length() / 3));
        return new Match(null, "unknown place name" + (near.isEmpty() ? "" : "; did you mean " + String.join(" / ", near) + "?"));
    }

    /** Up to three candidates within {@code maxDistance} edits, nearest first. */
    static List<String> nearest(String s, List<String> candidates, int maxDistance) {
        record Scored(String c, int d) { }
        return candidates.stream().distinct().map(c -> new Scored(c, distance(s, c))).filter(x -> x.d() <= maxDistance && x.d() > 0)
                .sorted(Comparator.comparingInt(Scored::d).thenComparing(Scored::c)).limit(3).map(Scored::c).toList();
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
