package org.onemap.map.extrude;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Builds an {@link ExtrusionModel} from lon/lat polygons and values: each polygon (holes included) is
 * projected to {@link LocalMetres}, triangulated into a roof at the height its value gets on the
 * {@link HeightScale}, walled down to the ground, and merged into the mesh of its colour class.
 * Headless; one builder per model, not thread-safe.
 */
public final class ExtrusionBuilder {
    private final LocalMetres frame;
    private final HeightScale scale;
    private final ColourClasses classes;
    private final MeshBuffer[] buffers;
    private final List<ExtrudedFeature> features = new ArrayList<>();
    private final Envelope extent = new Envelope();
    private int skipped;

    public ExtrusionBuilder(LocalMetres frame, HeightScale scale, ColourClasses classes) {
        this.frame = frame;
        this.scale = scale;
        this.classes = classes;
        this.buffers = new MeshBuffer[classes.size()];
        for (int i = 0; i < buffers.length; i++) buffers[i] = new MeshBuffer();
    }

    /**
     * Extrudes a lon/lat (multi)polygon by {@code value}. Returns false, and counts the feature as
     * skipped, when the value is NaN or the geometry has no area to extrude.
     */
    public boolean add(String id, Geometry lonLat, double value) {
        int cls = classes.classOf(value);
        if (cls < 0 || lonLat == null || lonLat.isEmpty()) {
            skipped++;
            return false;
        }
        Geometry local = frame.project(lonLat);
        if (!local.isValid()) local = local.buffer(0);   // self-touching survey rings: repair, then walls and roof agree
        double h = scale.height(value);
        int index = features.size();
        if (extrude(local, h, buffers[cls], index) == 0) {
            skipped++;
            return false;
        }
        Point anchor = local.getInteriorPoint();
        features.add(new ExtrudedFeature(id, value, cls, h, anchor.getX(), -anchor.getY()));
        extent.expandToInclude(local.getEnvelopeInternal());
        return true;
    }

    public ExtrusionModel build() {
        List<ClassMesh> meshes = new ArrayList<>();
        for (int c = 0; c < buffers.length; c++) {
            if (!buffers[c].isEmpty()) meshes.add(buffers[c].toMesh(c, classes.colour(c)));
        }
        return new ExtrusionModel(meshes, features, extent, frame, classes, scale, skipped);
    }

    /**
     * One mesh of a single lon/lat polygon at {@code height} metres, grown by {@code grow} metres on
     * every side: the outline drawn around a selected feature, just outside its own walls.
     */
    public static ClassMesh single(LocalMetres frame, Geometry lonLat, double height, double grow, int colour) {
        Geometry local = frame.project(lonLat);
        local = grow > 0 ? local.buffer(grow, 2) : local.buffer(0);
        MeshBuffer b = new MeshBuffer();
        extrude(local, height, b, 0);
        return b.toMesh(0, colour);
    }

    /** Adds the roof and walls of every polygon in {@code local}; returns the triangles added. */
    private static int extrude(Geometry local, double h, MeshBuffer b, int feature) {
        int added = 0;
        @SuppressWarnings("unchecked")
        List<Polygon> parts = PolygonExtracter.getPolygons(local);
        for (Polygon p : parts) {
            double[] tris = PolygonTriangulation.triangulate(p);
            if (tris.length == 0) continue;
            Polygon n = (Polygon) p.norm();   // JTS normal form: shell clockwise, holes counter-clockwise
            Map<Coordinate, Integer> roof = new HashMap<>();
            added += walls(n.getExteriorRing(), h, b, feature, roof);
            for (int i = 0; i < n.getNumInteriorRing(); i++) added += walls(n.getInteriorRingN(i), h, b, feature, roof);
            for (int i = 0; i < tris.length; i += 6) {
                int a = roofPoint(b, roof, tris[i], tris[i + 1], h);
                int c1 = roofPoint(b, roof, tris[i + 2], tris[i + 3], h);
                int c2 = roofPoint(b, roof, tris[i + 4], tris[i + 5], h);
                b.face(a, c1, c2, feature);   // counter-clockwise seen from above
                added++;
            }
        }
        return added;
    }

    // In normal form the solid lies right of every ring edge p→q: seen from outside, p is bottom-right.
    private static int walls(LinearRing ring, double h, MeshBuffer b, int feature, Map<Coordinate, Integer> roof) {
        Coordinate[] cs = ring.getCoordinates();
        int n = cs.length - 1;
        if (n < 3) return 0;
        int[] top = new int[n];
        int[] bottom = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = roofPoint(b, roof, cs[i].x, cs[i].y, h);
            bottom[i] = b.point(cs[i].x, -cs[i].y, 0);
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            b.face(bottom[i], top[i], top[j], feature);
            b.face(bottom[i], top[j], bottom[j], feature);
        }
        return 2 * n;
    }

    private static int roofPoint(MeshBuffer b, Map<Coordinate, Integer> roof, double x, double y, double h) {
        return roof.computeIfAbsent(new Coordinate(x, y), c -> b.point(x, -y, -h));
    }
}
