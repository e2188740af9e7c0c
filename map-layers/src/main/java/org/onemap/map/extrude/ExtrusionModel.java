package org.onemap.map.extrude;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * The result of {@link ExtrusionBuilder}: one merged {@link ClassMesh} per non-empty colour class,
 * the extruded features in insertion order, the data extent in local metres (x east, y north), the
 * frame that maps lon/lat to local metres, and how many features had nothing to extrude. Immutable.
 */
public final class ExtrusionModel {
    private final List<ClassMesh> meshes;
    private final List<ExtrudedFeature> features;
    private final Envelope extent;
    private final LocalMetres frame;
    private final ColourClasses classes;
    private final HeightScale scale;
    private final int skipped;
    private final Map<String, Integer> byId = new HashMap<>();

    ExtrusionModel(List<ClassMesh> meshes, List<ExtrudedFeature> features, Envelope extent, LocalMetres frame,
                   ColourClasses classes, HeightScale scale, int skipped) {
        this.meshes = List.copyOf(meshes);
        this.features = List.copyOf(features);
        this.extent = new Envelope(extent);
        this.frame = frame;
        this.classes = classes;
        this.scale = scale;
        this.skipped = skipped;
        for (int i = 0; i < features.size(); i++) byId.putIfAbsent(features.get(i).id(), i);
    }

    /** The merged meshes, one per colour class that has features, in class order. */
    public List<ClassMesh> meshes() { return meshes; }

    public List<ExtrudedFeature> features() { return features; }

    /** Bounds of the extruded polygons in local metres (x east, y north); empty when nothing was extruded. */
    public Envelope extent() { return new Envelope(extent); }

    public LocalMetres frame() { return frame; }

    public ColourClasses classes() { return classes; }

    public HeightScale scale() { return scale; }

    /** Features that were given but not extruded (no value, no area, or a polygon no triangulator took). */
    public int skipped() { return skipped; }

    /** The feature a picked face of {@code mesh} belongs to, or null for a face index outside it. */
    public ExtrudedFeature featureOfFace(ClassMesh mesh, int face) {
        int i = mesh.featureOfFace(face);
        return i < 0 ? null : features.get(i);
    }

    /** The extruded feature with this id, or null. */
    public ExtrudedFeature feature(String id) {
        Integer i = byId.get(id);
        return i == null ? null : features.get(i);
    }

    public int triangleCount() {
        int n = 0;
        for (ClassMesh m : meshes) n += m.triangleCount();
        return n;
    }
}
