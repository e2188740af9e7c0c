package org.onemap.map.extrude;

import java.util.Arrays;

/** Growable arrays of one class's mesh while features are added; {@link #toMesh} freezes them. */
final class MeshBuffer {
    private float[] points = new float[3 * 1024];
    private int pointFloats;
    private int[] faces = new int[6 * 1024];
    private int faceInts;
    private int[] faceFeatures = new int[1024];
    private int faceCount;

    /** Adds a point (mesh coordinates) and returns its index. */
    int point(double x, double y, double z) {
        if (pointFloats + 3 > points.length) points = Arrays.copyOf(points, points.length * 2);
        points[pointFloats++] = (float) x;
        points[pointFloats++] = (float) y;
        points[pointFloats++] = (float) z;
        return pointFloats / 3 - 1;
    }

    /** Adds triangle a-b-c (point indices, counter-clockwise from outside) of feature {@code feature}. */
    void face(int a, int b, int c, int feature) {
        if (faceInts + 6 > faces.length) faces = Arrays.copyOf(faces, faces.length * 2);
        if (faceCount + 1 > faceFeatures.length) faceFeatures = Arrays.copyOf(faceFeatures, faceFeatures.length * 2);
        faces[faceInts++] = a;
        faces[faceInts++] = 0;
        faces[faceInts++] = b;
        faces[faceInts++] = 0;
        faces[faceInts++] = c;
        faces[faceInts++] = 0;
        faceFeatures[faceCount++] = feature;
    }

    boolean isEmpty() { return faceCount == 0; }

    ClassMesh toMesh(int classIndex, int colour) {
        return new ClassMesh(classIndex, colour, Arrays.copyOf(points, pointFloats), Arrays.copyOf(faces, faceInts),
                Arrays.copyOf(faceFeatures, faceCount));
    }
}
