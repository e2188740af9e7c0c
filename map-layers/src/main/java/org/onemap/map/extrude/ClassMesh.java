package org.onemap.map.extrude;

import javafx.scene.shape.TriangleMesh;

/**
 * Every extruded feature of one colour class merged into one triangle mesh, so a scene of 10,000
 * parcels is a handful of nodes instead of 10,000. Arrays are in JavaFX {@link TriangleMesh} layout:
 * points {@code x y z} (x east, y south, z down — tops have negative z, the base is z = 0, in local
 * metres), one texture coordinate, faces {@code p0 t0 p1 t1 p2 t2}, counter-clockwise seen from
 * outside; {@link #faceFeatures()} maps each face to the index of its feature in
 * {@link ExtrusionModel#features()}, which is how a picked triangle finds its feature.
 */
public record ClassMesh(int classIndex, int colour, float[] points, int[] faces, int[] faceFeatures) {
    /** The one texture coordinate every face uses: the material is a plain colour. */
    private static final float[] TEX_COORDS = {0, 0};

    public int triangleCount() { return faceFeatures.length; }

    public int pointCount() { return points.length / 3; }

    /** Index in {@link ExtrusionModel#features()} of the feature that face {@code face} belongs to, or -1. */
    public int featureOfFace(int face) {
        return face >= 0 && face < faceFeatures.length ? faceFeatures[face] : -1;
    }

    /**
     * A new JavaFX mesh of these arrays with flat shading (every face in smoothing group 0, so a wall
     * is not shaded as if rounded into its roof). Any thread: a mesh is not a scene node.
     */
    public TriangleMesh toTriangleMesh() {
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(TEX_COORDS);
        mesh.getFaces().setAll(faces);
        mesh.getFaceSmoothingGroups().setAll(new int[faceFeatures.length]);
        return mesh;
    }
}
